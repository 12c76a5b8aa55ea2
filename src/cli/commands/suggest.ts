import { Command, Option } from 'commander';
import { DEFAULT_CUES_PATH } from '../../suggest/cues/load-cues';
import { formatPairScores, formatScores } from '../../suggest/evaluate/eval-report';
import { draftArticle, evaluateLabelled, evaluatePairFile } from '../../suggest/render/draft-article';
import { UsageError } from '../../util/user-error';
import { dataOption, loadOptions, numberIn, ontologyOption } from '../options';
import { run } from '../run';

interface SuggestOptions {
  data: string;
  ontology: string;
  cues: string;
  format: 'yaml' | 'json';
  minConfidence: number;
  eval?: boolean;
  evalPairs?: string;
}

const printJson = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

export const suggestCommand = () =>
  new Command('suggest')
    .description('draft entities and relations from a new article (Korean or English), for review; writes nothing')
    .argument('[article]', 'a .txt file, an article .yaml (with its sibling .txt) or a .jsonl article record')
    .addOption(dataOption())
    .addOption(ontologyOption())
    .option('--cues <file>', 'the cue lexicon', DEFAULT_CUES_PATH)
    .addOption(new Option('--format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .option('--min-confidence <number>', 'leave out relations below this confidence', numberIn(0, 1), 0.3)
    .option('--eval', 'score suggestions against the labelled articles and relations in --data instead')
    .option(
      '--eval-pairs <file>',
      'score suggestions on benchmark-shaped pairs (.jsonl: a sentence, two marked entities, the relation or null)',
    )
    .action(
      run(async (article: string | undefined, options: SuggestOptions) => {
        if (options.evalPairs) {
          const scores = await evaluatePairFile({
            pairsPath: options.evalPairs,
            ontologyPath: options.ontology,
            cuesPath: options.cues,
          });
          if (options.format === 'json') printJson(scores);
          else process.stdout.write(`${formatPairScores(scores)}\n`);
          return;
        }
        if (options.eval) {
          const scores = await evaluateLabelled({ ...loadOptions(options), cuesPath: options.cues });
          if (options.format === 'json') printJson(scores);
          else process.stdout.write(`${formatScores(scores)}\n`);
          return;
        }
        if (!article)
          throw new UsageError(
            'no article given',
            'run ikg suggest ARTICLE, ikg suggest --eval --data DIR, or ikg suggest --eval-pairs FILE.jsonl',
          );
        const { text, problems } = await draftArticle({
          ...loadOptions(options),
          articlePath: article,
          cuesPath: options.cues,
          format: options.format,
          minConfidence: options.minConfidence,
        });
        if (problems > 0) {
          process.stderr.write(
            `note: ${problems} problem${problems === 1 ? '' : 's'} in ${options.data}; run ikg validate. Entities that passed were used.\n`,
          );
        }
        process.stdout.write(text);
      }),
    );
