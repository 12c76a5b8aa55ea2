import { type Diagnostic, diagnosticAt, type Located } from '../load/diagnostics';

/** Reports every record whose id was already used, naming where it was first defined. */
export function checkUniqueIds(records: readonly Located<{ id: string }>[], what: string): Diagnostic[] {
  const first = new Map<string, Located<{ id: string }>>();
  const diagnostics: Diagnostic[] = [];
  for (const record of records) {
    const earlier = first.get(record.value.id);
    if (!earlier) {
      first.set(record.value.id, record);
      continue;
    }
    const { line } = earlier.origin.locate([...earlier.path, 'id']);
    diagnostics.push(
      diagnosticAt(
        record,
        ['id'],
        `duplicate ${what} id "${record.value.id}", first defined at ${earlier.origin.file}:${line}`,
        `give one of them another id, or merge the two definitions`,
      ),
    );
  }
  return diagnostics;
}
