import type { SerializedGraph } from 'graphology-types';
import { articleNodeKey, type EvidenceAttributes } from '../../src/graph/types';
import {
  type ArticleMeta,
  articleMeta,
  isSiteGraph,
  type PassageShard,
  passageShardFile,
  passageShardOf,
  type SiteEvidence,
} from '../../src/layout/site-payload';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './types';

type ArticleFile = SerializedGraph<NodeAttributes, EdgeAttributes>;

/**
 * The articles behind the evidence. A site graph keeps only their metadata. Their bodies are in passage shards, of
 * which a passage fetches only the one holding its article; their nodes and MENTIONS edges are in a file fetched
 * when the article nodes are to be shown. A graph that holds its article nodes (such as `ikg build`'s graph.json)
 * needs no fetch.
 */
export interface Articles {
  meta(evidence: SiteEvidence | EvidenceAttributes): ArticleMeta | undefined;
  /** The body of an article, once available. */
  body(article: string): string | undefined;
  /** Whether the bodies of these articles are at hand, or their shard came without them (a graph rebuilt since). */
  settled(articles: readonly string[]): boolean;
  /** Whether anything about the articles has been fetched yet, or needs no fetch. */
  fetched(): boolean;
  /** Whether the article nodes and MENTIONS edges are in the graph. */
  inGraph(): boolean;
  /** Fetches the passage shards that hold these articles' bodies, each shard once (again only after a failure). */
  loadBodies(articles: readonly string[]): Promise<void>;
  /** Fetches the article file once and adds its article nodes and MENTIONS edges to the graph. */
  addToGraph(): Promise<void>;
  /** Drops what was fetched: the next load fetches again (after the graph was reloaded). */
  forget(): void;
}

export function createArticles(graph: ViewerGraph, graphUrl: string): Articles {
  const bodies = new Map<string, string>();
  const shards = new Map<number, Promise<void>>();
  const shardsDone = new Set<number>();
  let file: Promise<ArticleFile> | undefined;
  let added = false;
  /** Bumped by `forget`, so that a fetch of the graph before the reload fills nothing in. */
  let generation = 0;
  const site = () => isSiteGraph(graph.getAttributes());
  const urlOf = (path: string) => new URL(path, new URL(graphUrl, location.href));
  const shardOf = (article: string) => passageShardOf(article, graph.getAttribute('passageShards') ?? 1);
  const articles: Articles = {
    meta: (evidence) =>
      graph.getAttribute('articles')?.[evidence.article] ??
      ('articleTitle' in evidence ? articleMeta(evidence) : undefined),
    body: (article) => {
      const key = articleNodeKey(article);
      const node = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
      return node?.kind === 'article' ? node.body : bodies.get(article);
    },
    settled: (wanted) => !site() || wanted.every((article) => bodies.has(article) || shardsDone.has(shardOf(article))),
    fetched: () => !site() || shardsDone.size > 0 || added,
    inGraph: () => !site() || added,
    loadBodies(wanted) {
      if (!site()) return Promise.resolve();
      const needed = new Set(wanted.filter((article) => !bodies.has(article)).map(shardOf));
      const loads = [...needed].map((shard) => {
        const known = shards.get(shard);
        if (known) return known;
        const at = generation;
        const loading = fetchJson<PassageShard>(urlOf(passageShardFile(shard))).then(
          (entries) => {
            if (at !== generation) return;
            for (const [article, body] of entries) bodies.set(article, body);
            shardsDone.add(shard);
          },
          (error: Error) => {
            shards.delete(shard);
            throw error;
          },
        );
        shards.set(shard, loading);
        return loading;
      });
      return Promise.all(loads).then(() => undefined);
    },
    async addToGraph() {
      if (!site() || added) return;
      const at = generation;
      file ??= fetchJson<ArticleFile>(urlOf(String(graph.getAttribute('articleFile')))).catch((error: Error) => {
        file = undefined;
        throw error;
      });
      const { nodes, edges } = await file;
      if (added || at !== generation) return;
      added = true;
      for (const { key, attributes } of nodes)
        if (attributes?.kind === 'article' && !graph.hasNode(key)) graph.addNode(key, attributes);
      for (const { key, source, target, attributes } of edges)
        if (key !== undefined && !graph.hasEdge(key) && graph.hasNode(source) && graph.hasNode(target))
          graph.addDirectedEdgeWithKey(key, source, target, attributes);
    },
    forget() {
      generation++;
      bodies.clear();
      shards.clear();
      shardsDone.clear();
      file = undefined;
      added = false;
    },
  };
  return articles;
}

async function fetchJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
