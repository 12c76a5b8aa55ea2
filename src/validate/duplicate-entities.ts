import { type Diagnostic, diagnosticAt, type Located, type PathSegment } from '../load/diagnostics';
import type { Entity } from '../schema/data';

/** A name as it is compared: NFC, runs of white space as one space, trimmed, lower case. */
export function foldName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

interface NameAt {
  entity: Located<Entity>;
  path: PathSegment[];
  /** How the name is described in messages: "English name", "alias". */
  what: string;
}

/** The names compared between entities: the English and Korean names and every alias. */
function namesOf(entity: Located<Entity>): { name: string; at: NameAt }[] {
  const { names, aliases } = entity.value;
  return [
    { name: names.en, at: { entity, path: ['names', 'en'], what: 'English name' } },
    { name: names.ko, at: { entity, path: ['names', 'ko'], what: 'Korean name' } },
    ...aliases.map((alias, index) => ({ name: alias, at: { entity, path: ['aliases', index], what: 'alias' } })),
  ];
}

/**
 * Warns about probable duplicates: two entities sharing an English or Korean name, or an alias equal to another
 * entity's name or alias (compared after folding). Located at the later entity's name, naming the earlier one;
 * at most one warning per pair. Warnings do not make the data invalid.
 */
export function checkDuplicateEntities(entities: readonly Located<Entity>[]): Diagnostic[] {
  const first = new Map<string, NameAt>();
  const warned = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const entity of entities) {
    for (const { name, at } of namesOf(entity)) {
      const key = foldName(name);
      if (key === '') continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, at);
        continue;
      }
      const earlierId = earlier.entity.value.id;
      const id = entity.value.id;
      const pair = `${earlierId}\u0000${id}`;
      if (earlierId === id || warned.has(pair)) continue;
      warned.add(pair);
      const { line } = earlier.entity.origin.locate([...earlier.entity.path, ...earlier.path]);
      diagnostics.push({
        ...diagnosticAt(
          entity,
          at.path,
          `"${id}" may duplicate "${earlierId}": its ${at.what} "${name}" is also the ${earlier.what} of "${earlierId}"`,
          `"${earlierId}" is defined at ${earlier.entity.origin.file}:${line}; if they are the same entity, keep one id and move the other's names into its aliases; if not, make the names tell them apart`,
        ),
        severity: 'warning',
      });
    }
  }
  return diagnostics;
}
