import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from '../../src/schema/json-schema';
import { ROOT } from '../helpers/fixture';

describe('JSON Schema files in graph-schema/', () => {
  for (const [file, expected] of Object.entries(renderJsonSchemas())) {
    it(`${file} is up to date with the zod schemas (run \`npx ikg schema\` if this fails)`, async () => {
      const committed = await readFile(join(ROOT, 'graph-schema', file), 'utf8');
      expect(committed).toBe(expected);
    });
  }

  it('describes the relation fields editors should autocomplete', () => {
    const relations = JSON.parse(renderJsonSchemas()['relations.schema.json'] as string);
    const item = relations.properties.relations.items;
    expect(Object.keys(item.properties)).toEqual(
      expect.arrayContaining(['type', 'from', 'to', 'status', 'date', 'start', 'end', 'amount', 'evidence']),
    );
    expect(item.properties.status.enum).toEqual(['considered', 'announced', 'active', 'ended']);
    expect(item.additionalProperties).toBe(false);
  });
});
