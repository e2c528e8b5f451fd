import { describe, expect, it } from 'vitest';
import { LazyMatcher } from '../../entrypoints/shield.content/lazy-matcher';
import { compileMatcher } from '../../src/core/match/index';
import type { Matcher, ShowProfile } from '../../src/core/match/types';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';
import { Shield } from '../../src/dom/shield';

const pack = BUILTIN_PACKS[0];
if (!pack) throw new Error('no built-in pack');
const profiles: ShowProfile[] = [{ pack, watched: { season: 1, episode: 0 } }];
const eager = () => compileMatcher(profiles);

// Own words. The show is named only in the first line: the later ones need its context.
const LINES = [
  'Tiny Pretty Things: the comment thread for the winter showcase.',
  'Cassie wakes up in hospital and whispers that she was pushed.',
  'The costumes were lovely and the lighting was even better.',
  'So Delia pushed her off the roof because of Ramon, unbelievable.',
];

/** Runs the same observe/evaluate sequence a Shield runs: observe all, then evaluate all. */
function run(matcher: Matcher) {
  const page = matcher.newPage();
  for (const line of LINES) page.observe(line);
  const out = LINES.map((line) => {
    const d = page.evaluate(line);
    return [d.hidden, d.episode, d.hits.map((h) => h.factId)];
  });
  return { out, version: page.contextVersion };
}

describe('LazyMatcher (subframes)', () => {
  it('decides exactly as the matcher it wraps, context included', () => {
    const lazy = run(new LazyMatcher(eager));
    const direct = run(eager());
    expect(lazy).toEqual(direct);
    expect(direct.out.filter(([hidden]) => hidden).length).toBeGreaterThanOrEqual(2);
  });

  it('makes nothing for a page that only observes (a frame with a title and no passage)', () => {
    const lazy = new LazyMatcher(eager);
    const page = lazy.newPage();
    page.observe('Tiny Pretty Things fan site');
    expect(page.contextVersion).toBe(0);
    expect(lazy.isMade).toBe(false);
    page.evaluate('Cassie wakes up in hospital and whispers that she was pushed.');
    expect(lazy.isMade).toBe(true);
    // The title observed before the matcher existed counts: the page is about the show.
    expect(page.contextVersion).toBeGreaterThan(0);
  });

  it('under a Shield, makes the matcher in a frame with text and not in an empty one', () => {
    const frame = (body: string) => {
      document.title = 'Tiny Pretty Things';
      document.body.innerHTML = body; // fixture markup of the test, not page text
      const lazy = new LazyMatcher(eager);
      const shield = new Shield({ document, window });
      shield.attach();
      shield.update(lazy);
      const hidden = document.querySelectorAll('[data-spoiler-shield=hidden]').length;
      shield.stop();
      return { made: lazy.isMade, hidden };
    };
    expect(frame('<img alt="">')).toEqual({ made: false, hidden: 0 });
    expect(frame('<p>Cassie wakes up in hospital and whispers that she was pushed.</p>')).toEqual({
      made: true,
      hidden: 1,
    });
  });
});
