/** A match of pattern `pattern` (its index) over text[start, end). */
export interface Hit {
  pattern: number;
  start: number;
  end: number;
}

/** An Aho–Corasick automaton over UTF-16 code units: finds every pattern in one pass over the text. */
export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** The patterns that end at a node, own ones first, then those reached through failure links. */
  private readonly outputs: number[][] = [[]];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((pattern) => pattern.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length > 0) this.outputs[this.insert(pattern)]?.push(index);
    });
    this.link();
  }

  /** Every occurrence of every pattern, overlaps included, ordered by end. */
  *search(text: string): Generator<Hit> {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      while (node !== 0 && !this.next[node]?.has(code)) node = this.fail[node] ?? 0;
      node = this.next[node]?.get(code) ?? 0;
      for (const pattern of this.outputs[node] ?? []) {
        yield { pattern, start: i + 1 - (this.lengths[pattern] ?? 0), end: i + 1 };
      }
    }
  }

  private insert(pattern: string): number {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let child = this.next[node]?.get(code);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
        this.next[node]?.set(code, child);
      }
      node = child;
    }
    return node;
  }

  /** Breadth-first: each node's failure link is the longest proper suffix that is also a prefix of a pattern. */
  private link(): void {
    const queue = [...(this.next[0]?.values() ?? [])];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      for (const [code, child] of this.next[node] ?? []) {
        let fallback = this.fail[node] ?? 0;
        while (fallback !== 0 && !this.next[fallback]?.has(code)) fallback = this.fail[fallback] ?? 0;
        const target = this.next[fallback]?.get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.outputs[child]?.push(...(this.outputs[this.fail[child] ?? 0] ?? []));
        queue.push(child);
      }
    }
  }
}

/** Keeps non-overlapping hits, preferring the earliest start and then the longest. */
export function leftmostLongest(hits: Iterable<Hit>): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  let reached = 0;
  for (const hit of sorted) {
    if (hit.start < reached) continue;
    kept.push(hit);
    reached = hit.end;
  }
  return kept;
}
