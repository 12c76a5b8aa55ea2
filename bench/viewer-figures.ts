/** The smallest and the middle value over the rounds. */
export interface Spread {
  min: number;
  median: number;
}

/** One page over the viewer stage's rounds. */
export interface PageFigures {
  firstFrameMs: Spread;
  heapBytes: Spread;
  hoverJsMs: Spread;
  hoverDrawnMs: Spread;
}

/** The explorer and its floor, plain sigma (and sigma's hover example, for hover), on the same drawn graph. */
export interface ViewerComparison {
  /** Nodes and edges drawn by default. */
  nodes: number;
  edges: number;
  rounds: number;
  explorer: PageFigures;
  floor: PageFigures;
}

/** Explorer ÷ plain sigma, of the medians. */
export const medianRatio = (v: ViewerComparison, key: keyof PageFigures): number =>
  v.explorer[key].median / v.floor[key].median;
