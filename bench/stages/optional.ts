import { StageMissingError } from '../stage';

/**
 * A function exported by a project module that may not exist yet: the bench measures what is there
 * and reports the rest as not measured, instead of failing to compile.
 */
export async function optionalExport<T>(modulePath: string, name: string): Promise<T> {
  const specifier = new URL(`../../${modulePath}`, import.meta.url).href;
  const module: Record<string, unknown> | undefined = await import(specifier).catch(() => undefined);
  const value = module?.[name];
  if (typeof value !== 'function') throw new StageMissingError(`${modulePath} has no ${name}`);
  return value as T;
}
