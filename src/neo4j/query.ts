import type { Driver } from 'neo4j-driver';
import { UsageError } from '../util/user-error';
import type { QueryResult } from './format';
import { toPlain } from './plain';

/** `CALL { … } IN TRANSACTIONS` commits on its own, so Neo4j runs it only in an auto-commit transaction. */
const IN_TRANSACTIONS = /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i;

/**
 * Runs one Cypher statement and returns its rows as plain values: in a managed transaction (retried on transient
 * errors), or in an auto-commit transaction when the query uses `CALL { … } IN TRANSACTIONS` or `autoCommit` is set.
 */
export async function runQuery(
  driver: Driver,
  query: string,
  parameters: Record<string, unknown> = {},
  database?: string,
  autoCommit = IN_TRANSACTIONS.test(query),
): Promise<QueryResult> {
  const { keys, records } = autoCommit
    ? await runAutoCommit(driver, query, parameters, database)
    : await driver.executeQuery(query, parameters, { database });
  const names = keys.map(String);
  return {
    keys: names,
    rows: records.map((record) => Object.fromEntries(names.map((key) => [key, toPlain(record.get(key))]))),
  };
}

/**
 * Parses `--param name=value` flags: the value is read as JSON when it parses (numbers, booleans, lists),
 * else taken as a string, so `--param name=Rapidus` and `--param limit=5` both work.
 */
export function parseParameters(pairs: readonly string[]): Record<string, unknown> {
  const parameters: Record<string, unknown> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(pair);
    if (!match)
      throw new UsageError(`bad --param ${JSON.stringify(pair)}`, 'write --param name=value, e.g. --param id=rapidus');
    const [, name, text] = match as unknown as [string, string, string];
    parameters[name] = parseValue(text);
  }
  return parameters;
}

async function runAutoCommit(driver: Driver, query: string, parameters: Record<string, unknown>, database?: string) {
  const session = driver.session({ database });
  try {
    const result = session.run(query, parameters);
    const keys = await result.keys();
    return { keys, records: (await result).records };
  } finally {
    await session.close();
  }
}

function parseValue(text: string): unknown {
  try {
    return integersAsBigInt(JSON.parse(text));
  } catch {
    return text;
  }
}

/** Whole numbers, at any depth of lists and maps, as bigint so that Neo4j gets INTEGER rather than FLOAT. */
function integersAsBigInt(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(integersAsBigInt);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, integersAsBigInt(item)]));
  return value;
}
