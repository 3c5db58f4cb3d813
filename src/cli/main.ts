/**
 * `onrecord extract`: the engine on files, for corpus work and external evaluation.
 * Exit status 0 when every document was processed, 1 when any input was bad (after processing
 * the rest), 2 for a usage error.
 */
import { analyze } from '../core/analyze.ts';
import { parseArgs, UsageError, USAGE } from './args.ts';
import { readInput, type InputProblem } from './inputs.ts';
import { toOutput, type AnalysedDocument } from './output.ts';

function report(p: InputProblem): void {
  process.stderr.write(`onrecord: ${p.where}: ${p.message}\n`);
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

export async function main(argv: readonly string[], version: string): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`onrecord: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }

  let failed = false;
  const analysed: AnalysedDocument[] = [];
  for (const file of args.files) {
    const { docs, problems } = await readInput(file, args);
    for (const p of problems) report(p);
    if (problems.length > 0) failed = true;
    for (const doc of docs) {
      try {
        if (doc.html) {
          // linkedom loads only when there is HTML to read.
          const { readHtmlArticle } = await import('./html.ts');
          const article = readHtmlArticle(doc.text);
          analysed.push({
            id: doc.id,
            htmlText: article.text,
            publishedAt: article.publishedAt,
            analysis: analyze(article.text),
          });
        } else {
          analysed.push({ id: doc.id, analysis: analyze(doc.text) });
        }
      } catch (err) {
        report({ where: doc.where, message: `could not analyse: ${(err as Error).message}` });
        failed = true;
      }
    }
  }

  for (const out of toOutput(analysed)) await write(`${JSON.stringify(out)}\n`);
  return failed ? 1 : 0;
}
