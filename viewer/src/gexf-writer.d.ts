/** The GEXF writer alone: the package's browser entry also builds a parser that needs a DOMParser at import time. */
declare module 'graphology-gexf/browser/writer' {
  import type { write } from 'graphology-gexf/browser';

  const writeGexf: typeof write;
  export default writeGexf;
}
