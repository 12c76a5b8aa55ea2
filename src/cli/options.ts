import { Option } from 'commander';
import type { CompileOptions } from '../build/pipeline';
import type { LoadOptions } from '../load/dataset';

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
}): Pick<CompileOptions, 'analytics' | 'onSkippedMetrics'> {
  return {
    ...(flags.analytics ? {} : { analytics: false }),
    onSkippedMetrics: (metrics) =>
      process.stderr.write(`note: skipped ${metrics.join(', ')} on this large graph (see docs/exports.md)\n`),
  };
}
