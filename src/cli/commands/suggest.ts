import { Command, Option } from 'commander';
import { DEFAULT_CUES_PATH } from '../../suggest/cues/load-cues';
import { formatScores } from '../../suggest/evaluate/eval-report';
import { draftArticle, evaluateLabelled } from '../../suggest/render/draft-article';
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
}

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
    .action(
      run(async (article: string | undefined, options: SuggestOptions) => {
        if (options.eval) {
          const { articles, micro } = await evaluateLabelled({ ...loadOptions(options), cuesPath: options.cues });
          if (options.format === 'json') process.stdout.write(`${JSON.stringify({ articles, micro }, null, 2)}\n`);
          else process.stdout.write(`${formatScores(articles, micro)}\n`);
          return;
        }
        if (!article)
          throw new UsageError('no article given', 'run ikg suggest ARTICLE, or ikg suggest --eval --data DIR');
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
