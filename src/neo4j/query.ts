import type { Driver } from 'neo4j-driver';
import { UsageError } from '../util/user-error';
import type { QueryResult } from './format';
import { toPlain } from './plain';

/** Runs one Cypher statement and returns its rows as plain values. */
export async function runQuery(
  driver: Driver,
  query: string,
  parameters: Record<string, unknown> = {},
  database?: string,
): Promise<QueryResult> {
  const { keys, records } = await driver.executeQuery(query, parameters, { database });
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

function parseValue(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : value;
  } catch {
    return text;
  }
}
