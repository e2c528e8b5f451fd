import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/check');

/** Runs the real command line, as `npm run --silent check -- ...` does. */
function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const show = ['--show', 'tiny-pretty-things'];

describe('check command', { timeout: 30_000 }, () => {
  it('prints one JSON line per JSONL document, each judged on its own', () => {
    const { code, stdout } = check(
      ...show,
      '--watched',
      '0',
      '--jsonl',
      join(fixtures, 'posts.jsonl'),
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.hidden, l.episode])).toEqual([
      ['p1', true, 10],
      ['p2', false, null],
      [3, false, null],
    ]);
    expect(lines[0].facts.length).toBeGreaterThan(0);
    expect(Object.keys(lines[0]).sort()).toEqual(['episode', 'facts', 'hidden', 'id']);
  });

  it('hides nothing once the episode is watched', () => {
    const { stdout } = check(
      ...show,
      '--watched',
      'S1E10',
      '--jsonl',
      join(fixtures, 'posts.jsonl'),
    );
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).hidden),
    ).toEqual([false, false, false]);
  });

  it('reports text-file paragraphs with line numbers and explanations', () => {
    const { code, stdout } = check(...show, '--watched', '7', join(fixtures, 'chat.txt'));
    expect(code).toBe(0);
    expect(stdout).toContain('chat.txt: 1 of 3 passages hidden');
    expect(stdout).toMatch(/line 3: hidden, spoils Tiny Pretty Things S1E8/);
    expect(stdout).toMatch(/S1E8 [a-z-]+ \(".+"\) via/);
  });

  it('runs the DOM shield over HTML and writes the page with the DOM contract', () => {
    const out = mkdtempSync(join(tmpdir(), 'check-html-'));
    const { code, stdout } = check(
      ...show,
      '--watched',
      '0',
      '--json',
      '--html-out',
      out,
      join(fixtures, 'forum-thread.html'),
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.hidden).toBe(1);
    const html = readFileSync(join(out, 'forum-thread.html'), 'utf8');
    // The passage keeps its text; the shield only adds its attributes and its label element.
    expect(html).toMatch(
      /<p[^>]*data-spoiler-shield="hidden"[^>]*>(<spoiler-shield-label[^>]*><\/spoiler-shield-label>)?still cant get over delia/,
    );
    expect(html).toMatch(/data-spoiler-episode="S1E10"/);
    // The reply box is the user's: never marked, its text untouched.
    expect(html).toContain(
      '<textarea name="reply">typing about Delia pushing Cassie here</textarea>',
    );
    expect(html.match(/data-spoiler-shield="hidden"/g)).toHaveLength(1);
  });

  it.each([
    [['--watched', '0', 'x.txt'], /--show: missing/],
    [[...show, 'x.txt'], /--watched: missing/],
    [
      [...show, '--watched', 'eleventy', 'x.txt'],
      /--watched: expected an episode number or SxEy, got "eleventy"/,
    ],
    [[...show, '--watched', '0'], /no input/],
    [[...show, '--watched', '0', 'notes.pdf'], /notes.pdf: expected a \.html, \.htm or \.txt file/],
    [
      ['--show', 'lost', '--watched', '0', 'x.txt'],
      /--show: no pack "lost"; known: tiny-pretty-things/,
    ],
    [[...show, '--watched', '0', '--bogus', 'x.txt'], /check: .*--bogus/],
    [[...show, '--watched', '0', 'missing.txt'], /missing\.txt: cannot read \(ENOENT\)/],
    [
      [...show, '--watched', '0', '--sensitivity', 'max', 'x.txt'],
      /--sensitivity: expected strict, balanced or broad/,
    ],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const { code, stderr, stdout } = check(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('names the file and line of a malformed JSONL line', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'check-jsonl-')), 'bad.jsonl');
    writeFileSync(bad, '{"id":"a","text":"fine"}\n{"id":"b"}\n');
    const { code, stderr } = check(...show, '--watched', '0', '--jsonl', bad);
    expect(code).toBe(2);
    expect(stderr).toContain('bad.jsonl:2: text: expected a string');
  });
});
