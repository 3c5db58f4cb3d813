/** Command-line parsing for `onrecord`; kept apart so it can be tested without I/O. */

export interface ExtractArgs {
  command: 'extract';
  jsonl: boolean;
  html: boolean;
  files: string[];
}

export type CliArgs = ExtractArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: onrecord extract [--jsonl] [--html] [FILE ...]

Finds named people and attributed claims in each document and prints one JSON
object per document on standard output.

  FILE       a document; "-" or no FILE reads standard input (one document)
  --jsonl    every input line is {"id": ..., "text": ...}; one output line each
  --html     parse input as a web page and analyse its article text
             (implied for files ending in .html or .htm)
  --help     show this help
  --version  print the version`;

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'extract') throw new UsageError(`unknown command "${command ?? ''}"`);
  const args: ExtractArgs = { command: 'extract', jsonl: false, html: false, files: [] };
  let onlyFiles = false;
  for (const a of rest) {
    if (!onlyFiles && a === '--') onlyFiles = true;
    else if (!onlyFiles && a === '--jsonl') args.jsonl = true;
    else if (!onlyFiles && a === '--html') args.html = true;
    else if (!onlyFiles && a.startsWith('--')) throw new UsageError(`unknown option "${a}"`);
    else args.files.push(a);
  }
  if (args.files.length === 0) args.files.push('-');
  return args;
}
