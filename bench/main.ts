import { parseArgs } from 'node:util';
import { parseSizes, runBench } from './run';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    'viewer-nodes': { type: 'string' },
    out: { type: 'string' },
    data: { type: 'string' },
    merge: { type: 'boolean' },
    stages: { type: 'string' },
    'reuse-data': { type: 'boolean' },
    readme: { type: 'string' },
  },
});
/** The repository's README shows the repository's results: by default only a run into bench/ updates it. */
const readmePath = values.readme ?? (values.out ? undefined : 'README.md');
await runBench({
  ...(values.sizes ? { sizes: parseSizes(values.sizes) } : {}),
  ...(values['viewer-nodes']
    ? {
        viewerNodes: parseSizes(values['viewer-nodes']),
        // The curated graph is measured with any viewer size; alone with `curated`; not with `none`.
        viewerCurated: values['viewer-nodes'] !== 'none',
      }
    : {}),
  ...(values.out ? { outDir: values.out } : {}),
  ...(values.data ? { dataDir: values.data } : {}),
  ...(values.merge ? { merge: true } : {}),
  ...(values.stages ? { stages: values.stages.split(',') } : {}),
  ...(values['reuse-data'] ? { reuseData: true } : {}),
  ...(readmePath ? { readmePath } : {}),
});
