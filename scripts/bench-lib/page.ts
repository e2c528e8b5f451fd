/**
 * A seeded, generated page for the benchmark: filler prose over a large
 * Zipf-distributed vocabulary (so the fuzzy cache sees tens of thousands of
 * distinct words, like a real long page), with show mentions, spoilers,
 * misspellings and chat-style comments mixed in. All text is generated here.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON =
  `the a and of to in was she he it that on for with as his her at by from they this had not but
what all were when we there been one an their which if would so about out up them some could into than then
its over only other new more after also did many before must through back years where much your way well down
should because each just those people how too little state good very make world still own see men work long
get here between both life being under never day same another know while last might us great old year off
come since against go came right used take three`.split(/\s+/);

const SYLLABLES =
  'ka lo mi ter san dor vel an ri po shen tal mar ques lin bro fa de nu gor hal'.split(' ');

const SHOW = [
  'Tiny Pretty Things is back on my watchlist',
  'the Archer ballet school looks stunning on screen',
  'Cassie and Neveah share a scene in the studio',
  'Bette and June rehearse the showcase piece',
  '#TinyPrettyThings trending again tonight',
];
const SPOILERS = [
  'cassy got pushed off the roof lol',
  'Cassie is on life support after the fall',
  'dellia pushed her, no doubt about it',
  'so Raymon gets arrested in episode 9???',
  'Neveah found fingerprints on the phone, June panicked',
  'the finale: Cassie wakes up',
];

export interface PageSpec {
  bytes: number;
  seed: number;
  /** Sentences per passage: article paragraphs by default, 1..2 for comment-sized ones. */
  sentences?: [min: number, max: number];
}

export function generatePassages({ bytes, seed, sentences: range = [2, 7] }: PageSpec): string[] {
  const rand = mulberry32(seed);
  const vocab: string[] = [];
  for (let i = 0; i < 60_000; i++) {
    const n = 1 + Math.floor(rand() * 3);
    let w = '';
    for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    vocab.push(w);
  }
  // Zipf-like: half the words from a small common list, the rest skewed towards the front.
  const word = () =>
    rand() < 0.5
      ? (COMMON[Math.floor(rand() * COMMON.length)] as string)
      : (vocab[Math.floor(vocab.length * rand() ** 3)] as string);
  const passages: string[] = [];
  let total = 0;
  while (total < bytes) {
    const parts: string[] = [];
    const sentences = range[0] + Math.floor(rand() * (range[1] - range[0] + 1));
    for (let s = 0; s < sentences; s++) {
      const r = rand();
      if (r < 0.04) parts.push(`${SHOW[Math.floor(rand() * SHOW.length)]}.`);
      else if (r < 0.06) parts.push(`${SPOILERS[Math.floor(rand() * SPOILERS.length)]}`);
      else {
        const len = 6 + Math.floor(rand() * 18);
        const ws = Array.from({ length: len }, word);
        ws[0] = (ws[0] as string).charAt(0).toUpperCase() + (ws[0] as string).slice(1);
        parts.push(`${ws.join(' ')}${rand() < 0.1 ? '!' : '.'}`);
      }
    }
    const p = parts.join(' ');
    passages.push(p);
    total += p.length;
  }
  return passages;
}
