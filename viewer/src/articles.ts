import type { SerializedGraph } from 'graphology-types';
import { articleNodeKey, type EvidenceAttributes } from '../../src/graph/types';
import { type ArticleMeta, articleMeta, isSiteGraph, type SiteEvidence } from '../../src/layout/site-payload';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './types';

type ArticleFile = SerializedGraph<NodeAttributes, EdgeAttributes>;

/**
 * The articles behind the evidence. A site graph keeps only their metadata; their bodies, nodes and MENTIONS edges
 * are in a second file, fetched the first time a passage or the article nodes are wanted. A graph that holds its
 * article nodes (such as `ikg build`'s graph.json) needs no fetch.
 */
export interface Articles {
  meta(evidence: SiteEvidence | EvidenceAttributes): ArticleMeta | undefined;
  /** The body of an article, once available. */
  body(article: string): string | undefined;
  /** Whether the bodies are at hand without a fetch. */
  ready(): boolean;
  /** Whether the article nodes and MENTIONS edges are in the graph. */
  inGraph(): boolean;
  /** Fetches the article file once; the same promise until `forget`, or until it fails. */
  load(): Promise<void>;
  /** Loads the articles and adds their nodes and MENTIONS edges to the graph (once). */
  addToGraph(): Promise<void>;
  /** Drops what was fetched: the next `load` fetches again (after the graph was reloaded). */
  forget(): void;
}

export function createArticles(graph: ViewerGraph, graphUrl: string): Articles {
  let file: ArticleFile | undefined;
  let loading: Promise<void> | undefined;
  let added = false;
  const bodies = new Map<string, string>();
  const lazy = () => isSiteGraph(graph.getAttributes());
  const articles: Articles = {
    meta: (evidence) =>
      graph.getAttribute('articles')?.[evidence.article] ??
      ('articleTitle' in evidence ? articleMeta(evidence) : undefined),
    body: (article) => {
      const key = articleNodeKey(article);
      const node = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
      return node?.kind === 'article' ? node.body : bodies.get(article);
    },
    ready: () => !lazy() || file !== undefined,
    inGraph: () => !lazy() || added,
    load() {
      if (!lazy()) return Promise.resolve();
      loading ??= fetchArticles(new URL(String(graph.getAttribute('articleFile')), new URL(graphUrl, location.href)))
        .then((fetched) => {
          file = fetched;
          for (const { attributes } of fetched.nodes)
            if (attributes?.kind === 'article') bodies.set(attributes.articleId, attributes.body);
        })
        .catch((error: Error) => {
          loading = undefined;
          throw error;
        });
      return loading;
    },
    async addToGraph() {
      await articles.load();
      if (added || !file) return;
      added = true;
      for (const { key, attributes } of file.nodes)
        if (attributes?.kind === 'article' && !graph.hasNode(key)) graph.addNode(key, attributes);
      for (const { key, source, target, attributes } of file.edges)
        if (key !== undefined && !graph.hasEdge(key) && graph.hasNode(source) && graph.hasNode(target))
          graph.addDirectedEdgeWithKey(key, source, target, attributes);
    },
    forget() {
      file = undefined;
      loading = undefined;
      added = false;
      bodies.clear();
    },
  };
  return articles;
}

async function fetchArticles(url: URL): Promise<ArticleFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as ArticleFile;
}
