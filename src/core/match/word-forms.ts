/**
 * Cheap word keys that let spellings meet without an edit search.
 */

/**
 * A light English stem so inflections meet: "pushed", "pushes", "pushing" ->
 * "push"; "dies", "died", "dying" -> "die"; "revealing" -> "reveal". It only strips a
 * suffix when at least 3 letters remain, so "ring", "bed" and "pushkin" keep
 * their own identity (whole words only: "pushkin" never becomes "push").
 */
export function stem(word: string): string {
  let w = word;
  const n = w.length;
  if (n === 5 && w.endsWith('ying'))
    w = `${w.slice(0, -4)}ie`; // dying, lying
  else if (n > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (n === 4 && (w.endsWith('ies') || w.endsWith('ied')))
    w = w.slice(0, -1); // dies, lied
  else if (n > 4 && (w.endsWith('ies') || w.endsWith('ied'))) w = `${w.slice(0, -3)}y`;
  else if (n > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (n > 4 && w.endsWith('es') && sibilantBefore(w, n - 2)) w = w.slice(0, -2);
  else if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  // "stopped" -> "stop", but "called", "kissed", "buzzed" keep their double letter.
  if (n > 3 && last === w.charCodeAt(n - 2) && last !== 108 && last !== 115 && last !== 122) {
    return w.slice(0, -1);
  }
  return w;
}

/** "kisses", "boxes", "buzzes", "watches", "pushes": the "es" is a suffix after these. */
function sibilantBefore(w: string, end: number): boolean {
  const a = w.charCodeAt(end - 1);
  const b = w.charCodeAt(end - 2);
  if (a === 120 || a === 122) return true; // x, z
  if (a === 115) return b === 115; // ss
  return a === 104 && (b === 99 || b === 115); // ch, sh
}

/**
 * A spelling skeleton for names, catching the variants people type that are two
 * edits apart but sound alike: doubled letters and the "-ie/-y/-ey/-ee/-i"
 * endings ("Cassy", "Cassi", "Cassey" -> "casi", like "Cassie"), "ph"/"f", "ck"/"k".
 * Returns "" for words under 4 letters, which get no skeleton match.
 */
export function skeleton(word: string): string {
  if (word.length < 4) return '';
  let w = word.replace(/ph/g, 'f').replace(/ck/g, 'k');
  w = w.replace(/(.)\1+/g, '$1');
  w = w.replace(/(?:ie|ey|ee|y|i)$/, 'i');
  return w;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition,
 * "Neveah"/"Nevaeh" = 1), abandoned as soon as it must exceed `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (rows[0].length <= lb) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(lb + 16);
  // Three rolling rows (two back for transpositions), reused between calls.
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb] as number;
}

const rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];
