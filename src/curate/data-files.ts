import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import { RECORD_EXTENSIONS } from '../load/dataset';
import { InputNotFoundError } from '../load/errors';
import { listFiles } from '../load/paths';
import { readInputText } from '../load/read-input';
import { ARTICLE_ID, ENTITY_ID } from '../schema/data';
import { CurateError } from './errors';

/** The files of a data folder the workbench reads and writes: records and article bodies. */
const EXTENSIONS = [...RECORD_EXTENSIONS, '.txt'];
const FOLDERS = ['articles', 'entities', 'relations'] as const;

/** A file's version: a hash of its text. */
export function versionOf(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/** The version of every data file, by its path inside the data folder (with / separators). */
export async function dataFileVersions(dataDir: string): Promise<Map<string, string>> {
  const versions = new Map<string, string>();
  for (const folder of FOLDERS) {
    for (const file of await listFiles(join(dataDir, folder), EXTENSIONS)) {
      const path = dataPath(dataDir, file);
      const content = await readDataFile(dataDir, path);
      if (content !== undefined) versions.set(path, versionOf(content));
    }
  }
  return versions;
}

/** A data file's text, read the way every input is read; undefined when it does not exist. */
export async function readDataFile(dataDir: string, path: string): Promise<string | undefined> {
  return readInputText(join(dataDir, path), { what: 'data file' }).catch((error: unknown) => {
    if (error instanceof InputNotFoundError) return undefined;
    throw error;
  });
}

/** A file's path inside the data folder, with / separators, as versions and requests name it. */
export function dataPath(dataDir: string, file: string): string {
  return relative(resolve(dataDir), resolve(file)).split(sep).join('/');
}

function checkedId(id: string, pattern: RegExp, what: string): string {
  if (!pattern.test(id))
    throw new CurateError(`"${id}" is not a valid ${what} id`, `${what} ids are lowercase slugs such as "sk-hynix"`);
  return id;
}

export const articleFiles = (id: string) => {
  const checked = checkedId(id, ARTICLE_ID, 'article');
  return { meta: `articles/${checked}.yaml`, body: `articles/${checked}.txt` };
};

export const relationsFile = (articleId: string) => `relations/${checkedId(articleId, ARTICLE_ID, 'article')}.yaml`;

/** The entity file new entities of a type go into, when no file holds that type yet: Company → companies.yaml. */
export function entitiesFileFor(type: string): string {
  const slug = checkedId(type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase(), ENTITY_ID, 'entity type');
  const plural = slug.endsWith('y') ? `${slug.slice(0, -1)}ies` : slug.endsWith('s') ? `${slug}es` : `${slug}s`;
  return `entities/${plural}.yaml`;
}
