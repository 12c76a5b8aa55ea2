import type { Dataset } from '../load/dataset';
import type { Cues } from '../schema/cues';
import type { Article } from '../schema/data';
import { relationTypeOf } from '../schema/ontology';
import { buildDictionary } from '../suggest/mentions/dictionary';
import { findMentions } from '../suggest/mentions/mentions';
import type { SuggestedRelation } from '../suggest/relations/relations';
import { type Suggestion, suggest } from '../suggest/suggest';
import { relationKey } from '../validate/duplicate-relations';
import { QuoteIndex, type QuoteSpan } from '../validate/quote-index';
import { NotFoundError } from './errors';

/** A known entity named in the article, at [start, end) of its text. */
export interface ReviewMention extends QuoteSpan {
  id: string;
}

/** A proposed relation with where its quote and both entities are in the text, and whether data/ has it. */
export interface ReviewProposal extends SuggestedRelation {
  quoteSpan?: QuoteSpan;
  fromSpan?: QuoteSpan;
  toSpan?: QuoteSpan;
  /** new: not in the data; relation: defined, without this quote; quote: defined, with this quote. */
  known: 'new' | 'relation' | 'quote';
}

/** A relation of the data with a quote from this article, and where the quote is. */
export interface CuratedQuote {
  type: string;
  from: string;
  to: string;
  status: string;
  quote: string;
  span?: QuoteSpan;
}

export interface Review {
  article: Omit<Article, 'body'>;
  text: string;
  mentions: ReviewMention[];
  proposals: ReviewProposal[];
  candidates: Suggestion['entities'];
  curated: CuratedQuote[];
}

/** What the curator sees beside an article: its known entities, the assistant's draft and what is curated already. */
export function reviewArticle(dataset: Dataset, cues: Cues, articleId: string): Review {
  const found = dataset.articles.find((a) => a.value.id === articleId);
  if (!found) throw new NotFoundError(`no article "${articleId}"`, 'pick an article from the list');
  const { body: text, ...article } = found.value;
  const dictionary = buildDictionary(dataset.entities.map((e) => e.value));
  const mentions = findMentions(text, dictionary, cues).map(({ id, start, end }) => ({ id, start, end }));
  const quotes = new QuoteIndex(new Map([[articleId, text]]));
  const symmetric = (type: string) => relationTypeOf(dataset.ontology, type)?.symmetric ?? false;
  const defined = new Map(dataset.relations.map((r) => [relationKey(r.value, symmetric(r.value.type)), r.value]));
  const suggestion = suggest(text, dictionary, { cues, ontology: dataset.ontology });
  const proposals = suggestion.relations.map((relation): ReviewProposal => {
    const quoteSpan = quotes.find(articleId, relation.quote);
    const within = (id: string) =>
      mentions.find((m) => m.id === id && (!quoteSpan || (m.start >= quoteSpan.start && m.end <= quoteSpan.end)));
    const stored = defined.get(relationKey(relation, symmetric(relation.type)));
    const quoted = stored?.evidence.some(
      (e) => e.article === articleId && quotes.find(articleId, e.quote)?.start === quoteSpan?.start,
    );
    return {
      ...relation,
      quoteSpan,
      fromSpan: within(relation.from),
      toSpan: within(relation.to),
      known: !stored ? 'new' : quoted ? 'quote' : 'relation',
    };
  });
  const curated = dataset.relations.flatMap(({ value }) =>
    value.evidence
      .filter((e) => e.article === articleId)
      .map((e) => ({
        type: value.type,
        from: value.from,
        to: value.to,
        status: value.status,
        quote: e.quote,
        span: quotes.find(articleId, e.quote),
      })),
  );
  return { article, text, mentions, proposals, candidates: suggestion.entities, curated };
}
