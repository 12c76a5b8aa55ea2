/** A match of pattern `pattern` (its index) over text[start, end). */
export interface Hit {
  pattern: number;
  start: number;
  end: number;
}

/** A–Z read as a–z: the automaton matches Latin letters case-insensitively. */
const foldCode = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** The trie while it is built: one map of children per node. */
class TrieBuilder {
  readonly children: Map<number, number>[] = [new Map()];
  /** The patterns that end at each node. */
  readonly ends: number[][] = [[]];

  insert(pattern: string, index: number): void {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = foldCode(pattern.charCodeAt(i));
      let child = this.children[node]?.get(code);
      if (child === undefined) {
        child = this.children.length;
        this.children.push(new Map());
        this.ends.push([]);
        this.children[node]?.set(code, child);
      }
      node = child;
    }
    this.ends[node]?.push(index);
  }
}

/**
 * An Aho–Corasick automaton over UTF-16 code units: finds every pattern in one pass over the text. Latin
 * letters match case-insensitively. The trie is stored flat in typed arrays: the root's children in a table
 * indexed by code unit, every other node's children as a run of edges sorted by code unit.
 */
export class AhoCorasick {
  private readonly rootChild = new Int32Array(0x10000);
  /** 1 for each code unit that occurs in some pattern: reading any other one leads back to the root at once. */
  private readonly inPatterns = new Uint8Array(0x10000);
  /** Node n's edges are edgeCode/edgeChild[edgeStart[n], edgeStart[n + 1]). */
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeChild: Int32Array;
  private readonly fail: Int32Array;
  /** Node n's own patterns are endPattern[endStart[n], endStart[n + 1]). */
  private readonly endStart: Int32Array;
  private readonly endPattern: Int32Array;
  /** The nearest node on the failure chain that ends a pattern (0 for none). */
  private readonly outputLink: Int32Array;
  /** The first node whose patterns end where this node is reached: itself if it ends a pattern, else its output link. */
  private readonly firstOutput: Int32Array;
  private readonly lengths: Int32Array;

  constructor(patterns: readonly string[]) {
    const trie = new TrieBuilder();
    patterns.forEach((pattern, index) => {
      if (pattern.length > 0) trie.insert(pattern, index);
    });
    const nodes = trie.children.length;
    this.lengths = Int32Array.from(patterns, (pattern) => pattern.length);
    this.edgeStart = new Int32Array(nodes + 1);
    this.edgeCode = new Uint16Array(nodes - 1);
    this.edgeChild = new Int32Array(nodes - 1);
    this.endStart = new Int32Array(nodes + 1);
    this.endPattern = new Int32Array(trie.ends.reduce((total, ends) => total + ends.length, 0));
    let edge = 0;
    let end = 0;
    for (let node = 0; node < nodes; node++) {
      this.edgeStart[node] = edge;
      this.endStart[node] = end;
      const edges = [...(trie.children[node] ?? [])].sort((a, b) => a[0] - b[0]);
      for (const [code, child] of edges) {
        if (node === 0) this.rootChild[code] = child;
        this.inPatterns[code] = 1;
        this.edgeCode[edge] = code;
        this.edgeChild[edge++] = child;
      }
      for (const pattern of trie.ends[node] ?? []) this.endPattern[end++] = pattern;
    }
    this.edgeStart[nodes] = edge;
    this.endStart[nodes] = end;
    this.fail = new Int32Array(nodes);
    this.outputLink = new Int32Array(nodes);
    this.link();
    this.firstOutput = Int32Array.from(this.outputLink, (link, node) => (this.ends(node) ? node : link));
  }

  /**
   * Every occurrence of every pattern in text[from, to), overlaps included, ordered by end; only those that
   * `keep` accepts, when it is given.
   */
  search(
    text: string,
    from = 0,
    to = text.length,
    keep?: (start: number, end: number, pattern: number) => boolean,
  ): Hit[] {
    const hits: Hit[] = [];
    let node = 0;
    for (let i = from; i < to; i++) {
      const code = foldCode(text.charCodeAt(i));
      if (this.inPatterns[code] === 0) {
        node = 0;
        continue;
      }
      node = this.step(node, code);
      for (let out = this.firstOutput[node] as number; out !== 0; out = this.outputLink[out] as number) {
        for (let e = this.endStart[out] as number; e < (this.endStart[out + 1] as number); e++) {
          const pattern = this.endPattern[e] as number;
          const start = i + 1 - (this.lengths[pattern] as number);
          if (!keep || keep(start, i + 1, pattern)) hits.push({ pattern, start, end: i + 1 });
        }
      }
    }
    return hits;
  }

  private ends(node: number): boolean {
    return (this.endStart[node] as number) < (this.endStart[node + 1] as number);
  }

  /** The child of `node` along `code`, or 0 for none; binary search over the node's sorted edges. */
  private child(node: number, code: number): number {
    if (node === 0) return this.rootChild[code] as number;
    let low = this.edgeStart[node] as number;
    let high = (this.edgeStart[node + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.edgeCode[middle] as number;
      if (found === code) return this.edgeChild[middle] as number;
      if (found < code) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  /** The state after reading `code` in `node`: follow failure links until a node has that child. */
  private step(node: number, code: number): number {
    let from = node;
    for (;;) {
      const next = this.child(from, code);
      if (next !== 0 || from === 0) return next;
      from = this.fail[from] as number;
    }
  }

  /** Breadth-first: each node's failure link is the longest proper suffix that is also a prefix of a pattern. */
  private link(): void {
    const queue = new Int32Array(this.fail.length);
    let tail = 0;
    for (let e = this.edgeStart[0] as number; e < (this.edgeStart[1] as number); e++) {
      queue[tail++] = this.edgeChild[e] as number;
    }
    for (let head = 0; head < tail; head++) {
      const node = queue[head] as number;
      for (let e = this.edgeStart[node] as number; e < (this.edgeStart[node + 1] as number); e++) {
        const child = this.edgeChild[e] as number;
        const fallback = this.step(this.fail[node] as number, this.edgeCode[e] as number);
        this.fail[child] = fallback;
        this.outputLink[child] = this.ends(fallback) ? fallback : (this.outputLink[fallback] as number);
        queue[tail++] = child;
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
