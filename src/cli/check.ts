/**
 * The `check` command: the shield's decisions on files, for pack authors and for
 * checking a page by hand. HTML goes through the same DOM code as the content
 * script (in happy-dom); text and JSONL go straight to the matcher.
 * Exit codes: 0 done, 2 bad arguments or unreadable input.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileMatcher } from '../core/match/index';
import { parseCheckArgs, USAGE, UsageError } from './args';
import { checkHtmlDocument } from './html-document';
import { checkJsonl, InputError, parseJsonl } from './jsonl';
import { findShow, loadPacks } from './load-packs';
import { type FileReport, formatReport, reportJson } from './report';
import { checkTextDocument } from './text-document';

function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read (${code ?? (error as Error).message})`);
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseCheckArgs(argv);
  const pack = findShow(loadPacks(args.packFiles), args.show);
  const matcher = compileMatcher([{ pack, watched: args.watched }], {
    sensitivity: args.sensitivity,
  });

  if (args.jsonl) {
    for (const result of checkJsonl(parseJsonl(readInput(args.jsonl), args.jsonl), matcher)) {
      console.log(JSON.stringify(result));
    }
  }
  // Read everything first, so an unreadable file fails before any output is written.
  const inputs = args.files.map((file) => ({ file, content: readInput(file) }));
  if (args.htmlOut) mkdirSync(args.htmlOut, { recursive: true });
  for (const { file, content } of inputs) {
    let report: FileReport;
    if (/\.html?$/i.test(file)) {
      const result = await checkHtmlDocument(content, matcher);
      report = { file, passages: result.passages };
      if (args.htmlOut) {
        report.htmlOut = join(args.htmlOut, basename(file));
        writeFileSync(report.htmlOut, result.html);
      }
    } else {
      report = { file, passages: checkTextDocument(content, matcher) };
    }
    console.log(args.json ? JSON.stringify(reportJson(report)) : formatReport(report));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`check: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof InputError) {
      console.error(`check: ${error.message}`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  },
);
