import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { sizeScale } from '../../src/graph/appearance';
import { dashBackground, STATUS_STYLE } from '../../viewer/src/style';
import type { ViewerGraph } from '../../viewer/src/types';

function star(leaves: number): ViewerGraph {
  const graph = new MultiDirectedGraph() as unknown as ViewerGraph;
  const entity = (key: string) => ({ kind: 'entity', type: 'Company', label: key }) as never;
  graph.addNode('hub', entity('hub'));
  for (let i = 0; i < leaves; i++) {
    graph.addNode(`leaf${i}`, entity(`leaf${i}`));
    graph.addEdge('hub', `leaf${i}`, {} as never);
  }
  return graph;
}

describe('style', () => {
  it('sizes nodes 4 to 18 px in small graphs and smaller in big ones', () => {
    const small = sizeScale(star(20), 'degree');
    expect(small('hub')).toBe(18);
    expect(small('leaf0')).toBeCloseTo(4 + 14 * Math.sqrt(1 / 20));
    const big = sizeScale(star(3000), 'degree');
    expect(big('hub')).toBeCloseTo(18 * 0.3);
    expect(big('leaf0')).toBeLessThan(small('leaf0'));
  });

  it('draws considered relations dashed', () => {
    expect(STATUS_STYLE.considered.dash).toBe('dashed');
  });

  it('draws legend swatches with the same dash pattern as the canvas', () => {
    expect(dashBackground('#000', 'solid')).toBe('#000');
    expect(dashBackground('#000', 'dashed')).toBe('repeating-linear-gradient(90deg, #000 0 7px, transparent 7px 12px)');
  });
});
