import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/core/match/index';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';
import { Shield } from '../../src/dom/shield';
import { serialize, settle, withoutShieldMarks } from './helpers';

const pack = BUILTIN_PACKS.find((p) => p.id === 'tiny-pretty-things');
if (!pack) throw new Error('the built-in Tiny Pretty Things pack is missing');
const matcher = (episode: number) =>
  compileMatcher([{ pack, watched: { season: 1, episode } }], { sensitivity: 'balanced' });

let shield: Shield | null = null;
const win = window as unknown as Window & typeof globalThis;
const state = (id: string) => document.getElementById(id)?.getAttribute('data-spoiler-shield');

beforeEach(() => {
  document.head.innerHTML = '<title>Tiny Pretty Things: notes</title>';
  document.body.innerHTML = `
    <p id="safe1">Neveah Stroyer arrives from Los Angeles with a suitcase and a lot to prove.</p>
    <p id="e5">By episode five we learn that Neveah's mother is locked up in prison.</p>
    <p id="safe2">The soundtrack mixes classical pieces with pop remixes, and it works.</p>
    <p id="e9">Cassie wakes up in the ninth episode and whispers that she was pushed.</p>
    <p id="e10">In the finale it is revealed that <b>Delia</b> pushed Cassie off the roof out of jealousy.</p>`;
  shield = new Shield({ document, window: win });
  shield.attach();
});
afterEach(() => {
  shield?.stop();
  shield = null;
});

describe('the shield with the real matcher and the built-in pack', () => {
  it('hides what comes after the episode reached, and follows the episode live', () => {
    const original = serialize(document);
    shield?.update(matcher(0));
    expect(['safe1', 'e5', 'safe2', 'e9', 'e10'].map(state)).toEqual([
      null,
      'hidden',
      null,
      'hidden',
      'hidden',
    ]);
    expect(document.getElementById('e10')?.getAttribute('data-spoiler-episode')).toBe('S1E10');
    shield?.update(matcher(5));
    expect(state('e5')).toBeNull();
    expect(state('e9')).toBe('hidden');
    shield?.update(matcher(10));
    expect(serialize(document)).toBe(original);
    shield?.update(matcher(3));
    shield?.revealAll();
    expect(withoutShieldMarks(document)).toBe(original);
  });

  it('hides new posts as they arrive', async () => {
    shield?.update(matcher(2));
    const post = document.createElement('div');
    const p = document.createElement('p');
    p.id = 'late';
    p.append('Monique was the one sending the anonymous texts to Ramon.');
    post.append(p);
    document.body.append(post);
    await settle();
    expect(state('late')).toBe('hidden');
    expect(p.getAttribute('data-spoiler-episode')).toBe('S1E7');
  });

  it('re-evaluates earlier passages when the page turns out to be about the show', async () => {
    document.head.innerHTML = '<title>Weekend plans</title>';
    document.body.innerHTML = '<p id="vague">The sister did it, out of jealousy.</p>';
    shield?.update(matcher(0));
    expect(state('vague')).toBeNull();
    // A heading that names the show arrives later (an SPA route change, a lazy header).
    const h = document.createElement('h2');
    h.append('Tiny Pretty Things finale discussion');
    document.body.prepend(h);
    await settle();
    expect(state('vague')).toBe('hidden');
  });
});
