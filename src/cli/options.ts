import { InvalidArgumentError, Option } from 'commander';
import type { LoadOptions } from '../load/dataset';
import type { CompileOptions } from '../pipeline/compile-graph';
import { reportDiagnostics } from './report';

export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_ONTOLOGY = 'graph-schema/ontology.yaml';
export const DEFAULT_OUT_DIR = 'out';

export const dataOption = () =>
  new Option('--data <dir>', 'folder with articles/, entities/ and relations/').default(DEFAULT_DATA_DIR);
export const ontologyOption = () => new Option('--ontology <file>', 'the ontology file').default(DEFAULT_ONTOLOGY);

export function loadOptions(options: { data: string; ontology: string }): LoadOptions {
  return { dataDir: options.data, ontologyPath: options.ontology };
}

export const noAnalyticsOption = () =>
  new Option('--no-analytics', 'skip degree, PageRank, betweenness and communities when building');

/** The analytics part of a build from `--no-analytics`, noting on stderr any metric skipped on a large graph. */
export function analyticsOptions(flags: {
  analytics: boolean;
}): Pick<CompileOptions, 'analytics' | 'onSkippedMetrics' | 'onWarnings'> {
  return {
    ...(flags.analytics ? {} : { analytics: false }),
    onSkippedMetrics: (metrics) =>
      process.stderr.write(`note: skipped ${metrics.join(', ')} on this large graph (see docs/exports.md)\n`),
    onWarnings: reportDiagnostics,
  };
}

/**
 * A parser for a whole-number option value from `min` to `max`: anything else ("abc", "-2", "1.5", "1e3") is a usage
 * error that commander reports with the option's name, and the command exits 2.
 */
export function integerIn(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const number = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || number < min || number > max)
      throw new InvalidArgumentError(
        max === Number.MAX_SAFE_INTEGER
          ? `expected a whole number of at least ${min}`
          : `expected a whole number from ${min} to ${max}`,
      );
    return number;
  };
}

/** A parser for a decimal option value from `min` to `max`, e.g. a confidence. */
export function numberIn(min: number, max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!/^-?(?:\d+\.?\d*|\.\d+)$/.test(value.trim()) || number < min || number > max)
      throw new InvalidArgumentError(`expected a number from ${min} to ${max}`);
    return number;
  };
}

export const positiveInteger = integerIn(1);
export const port = integerIn(0, 65535);
