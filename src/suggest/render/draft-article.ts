import { type Dataset, type LoadOptions, loadDataset } from '../../load/dataset';
import type { Diagnostic } from '../../load/diagnostics';
import { ValidationError } from '../../load/errors';
import { loadOntology } from '../../load/ontology';
import { loadCues } from '../cues/load-cues';
import { evaluate } from '../evaluate/evaluate';
import { evaluatePairs } from '../evaluate/evaluate-pairs';
import { readPairRecords } from '../evaluate/pair-records';
import { readArticleInput } from '../input/article-input';
import { buildDictionary } from '../mentions/dictionary';
import { suggest } from '../suggest';
import { renderYaml, toDraft } from './render';

export interface DraftOptions extends LoadOptions {
  articlePath: string;
  cuesPath?: string;
  format: 'yaml' | 'json';
  minConfidence?: number;
}

/** The known entities and ontology; records that failed their schema are left out, and counted. */
async function loadKnown(options: LoadOptions): Promise<{ dataset: Dataset; diagnostics: Diagnostic[] }> {
  const { dataset, diagnostics } = await loadDataset(options);
  if (!dataset) throw new ValidationError(diagnostics);
  return { dataset, diagnostics };
}

/** Scores suggestions on a labelled dataset, which must be valid: its relations are the gold standard. */
export async function evaluateLabelled(options: LoadOptions & { cuesPath?: string }) {
  const [{ dataset, diagnostics }, cues] = await Promise.all([loadKnown(options), loadCues(options.cuesPath)]);
  if (diagnostics.length > 0) throw new ValidationError(diagnostics);
  return evaluate(dataset, cues);
}

/** Scores suggestions on benchmark-shaped pairs (a .jsonl file), with the ontology of the options. */
export async function evaluatePairFile(options: { pairsPath: string; ontologyPath: string; cuesPath?: string }) {
  const [records, cues, { ontology, diagnostics }] = await Promise.all([
    readPairRecords(options.pairsPath),
    loadCues(options.cuesPath),
    loadOntology(options.ontologyPath),
  ]);
  if (!ontology) throw new ValidationError(diagnostics);
  return evaluatePairs(records, cues, ontology);
}

/** Reads an article, suggests entities and relations from the known entities, and renders the draft. */
export async function draftArticle(options: DraftOptions): Promise<{ text: string; problems: number }> {
  const [{ dataset, diagnostics }, cues, article] = await Promise.all([
    loadKnown(options),
    loadCues(options.cuesPath),
    readArticleInput(options.articlePath),
  ]);
  const dictionary = buildDictionary(dataset.entities.map((entity) => entity.value));
  const suggestion = suggest(article.text, dictionary, {
    cues,
    ontology: dataset.ontology,
    minConfidence: options.minConfidence,
  });
  const text =
    options.format === 'json'
      ? `${JSON.stringify(toDraft(suggestion, article.id), null, 2)}\n`
      : renderYaml(suggestion, article.id);
  return { text, problems: diagnostics.length };
}
