import type Graph from 'graphology';
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import type {
  EdgeAttributes,
  EvidenceAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
  RelationEdge,
} from '../graph/types';
import { stringHash } from '../util/string-hash';
import { parallelCurvatures } from './parallel-curvature';

/** The file of the article nodes and MENTIONS edges, which the viewer loads only when it needs them. */
export const ARTICLES_FILE = 'articles.json';

/** The folder of the article bodies, in shards: a passage needs only the shard that holds its article. */
export const PASSAGE_DIR = 'passages';

/** About how many characters of article bodies one passage shard holds (a Korean character is 3 bytes of UTF-8). */
export const SHARD_CHARS = 400_000;

/** One passage shard: [article id, body] pairs (an array, so that no article id acts as an object key). */
export type PassageShard = [string, string][];

/** The shard of `shards` that holds an article's body (the hash's low bits spread similar ids best). */
export function passageShardOf(article: string, shards: number): number {
  return stringHash(article) % shards;
}

/** A passage shard's path, relative to graph.json. */
export function passageShardFile(shard: number): string {
  return `${PASSAGE_DIR}/${shard}.json`;
}

/** An article's metadata, once per article in the site's graph.json; evidence points to it by article id. */
export interface ArticleMeta {
  title: string;
  date: string;
  url?: string;
  publisher: string;
}

/** An evidence entry as the site's graph.json keeps it: the quote and where it sits in its article. */
export type SiteEvidence = Pick<EvidenceAttributes, 'article' | 'quote' | 'start' | 'end'>;

/** A relation as the site stores it: lean evidence, and the curvature of a parallel edge computed at build time. */
export type SiteRelation = Omit<RelationEdge, 'evidence'> & { evidence: SiteEvidence[]; curvature?: number };

export interface SiteGraphAttributes extends GraphAttributes {
  /** Metadata of every article that gives evidence, by article id. */
  articles: Record<string, ArticleMeta>;
  /** Where the article nodes and MENTIONS edges are, relative to graph.json. */
  articleFile: string;
  /** How many passage shards hold the article bodies (see `passageShardOf`). */
  passageShards: number;
  /** The distinct relation dates, sorted: the timeline's stops. */
  dates: string[];
}

export type SiteGraph = MultiDirectedGraph<NodeAttributes, SiteRelation, SiteGraphAttributes>;

/** Whether a graph is the site's lean form, read back from its graph attributes. */
export function isSiteGraph(attributes: Partial<SiteGraphAttributes>): attributes is SiteGraphAttributes {
  return (
    typeof attributes.articles === 'object' &&
    typeof attributes.articleFile === 'string' &&
    typeof attributes.passageShards === 'number'
  );
}

export function articleMeta(evidence: EvidenceAttributes): ArticleMeta {
  const { articleTitle: title, articleDate: date, articleUrl: url, publisher } = evidence;
  return url === undefined ? { title, date, publisher } : { title, date, url, publisher };
}

/** The sorted distinct dates, starts and ends of the relations. */
export function relationDates<E extends EdgeAttributes | SiteRelation, G extends Attributes>(
  graph: Graph<NodeAttributes, E, G>,
): string[] {
  const dates = new Set<string>();
  graph.forEachEdge((_, a) => {
    if (a.kind !== 'relation') return;
    for (const date of [a.date, a.start, a.end]) if (date) dates.add(date);
  });
  return [...dates].sort();
}

export interface SitePayload {
  site: SiteGraph;
  articles: KnowledgeGraph;
  passages: PassageShard[];
}

/**
 * Splits a laid-out graph into what the viewer draws first and what it loads on demand: `site` has the entities and
 * relations (evidence without article metadata, which is kept once per article; curvature of parallel edges; the
 * timeline's dates), `articles` the article nodes with their bodies and the MENTIONS edges, plus the bare entity
 * nodes those edges end at, and `passages` the article bodies again, in shards of about `shardChars` characters.
 */
export function splitForSite(graph: KnowledgeGraph, shardChars = SHARD_CHARS): SitePayload {
  const site: SiteGraph = new MultiDirectedGraph();
  const articles: KnowledgeGraph = new MultiDirectedGraph();
  const curvatures = parallelCurvatures(graph);
  const table: Record<string, ArticleMeta> = {};
  const bodies: [string, string][] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === 'entity') site.addNode(node, attributes);
    else {
      articles.addNode(node, attributes);
      bodies.push([attributes.articleId, attributes.body]);
    }
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.kind === 'mention') {
      for (const end of [source, target]) if (!articles.hasNode(end)) articles.addNode(end);
      articles.addEdgeWithKey(edge, source, target, attributes);
      return;
    }
    const evidence = attributes.evidence.map((e) => {
      table[e.article] ??= articleMeta(e);
      return { article: e.article, quote: e.quote, start: e.start, end: e.end };
    });
    const curvature = curvatures.get(edge);
    site.addEdgeWithKey(edge, source, target, {
      ...attributes,
      evidence,
      ...(curvature === undefined ? {} : { curvature }),
    });
  });
  const characters = bodies.reduce((sum, [, body]) => sum + body.length, 0);
  const passages: PassageShard[] = Array.from({ length: Math.max(1, Math.ceil(characters / shardChars)) }, () => []);
  for (const entry of bodies) passages[passageShardOf(entry[0], passages.length)]?.push(entry);
  site.replaceAttributes({
    ...graph.getAttributes(),
    articles: table,
    articleFile: ARTICLES_FILE,
    passageShards: passages.length,
    dates: relationDates(graph),
  });
  return { site, articles, passages };
}
