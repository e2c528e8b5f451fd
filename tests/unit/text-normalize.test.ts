import { describe, expect, test } from 'vitest';
import { normalize, normalizeWords } from '../../src/core/text/normalize';

describe('normalize', () => {
  test.each([
    ['Cassie', 'cassie'],
    ['CASSIE SHORE', 'cassie shore'],
    ['Ramón', 'ramon'],
    ['Crème brûlée', 'creme brulee'],
    ['Zoë and Chloé', 'zoe and chloe'],
    ["Cassie's fall", 'cassie fall'],
    ['Cassie’s fall', 'cassie fall'],
    ['Cassie‘s', 'cassie'],
    ['don’t', 'dont'],
    ["she's evil", 'she evil'],
    ['life-support', 'life support'],
    ['x-ray', 'x ray'],
    ['self‑made', 'self made'],
    ['#TinyPrettyThings', 'tiny pretty things'],
    ['#tinyprettythings', 'tinyprettythings'],
    ['#TPTSpoilers', 'tpt spoilers'],
    ['@NetflixFilm', 'netflix film'],
    ['TinyPrettyThings', 'tiny pretty things'],
    ['McDonald', 'mcdonald'],
    ['iPhone', 'iphone'],
    ['DeLuca', 'deluca'],
    ['see https://example.com/a-b?c=d now', 'see now'],
    ['go to www.example.org/spoilers ok', 'go to ok'],
    ['HTTPS://EXAMPLE.COM/X done', 'done'],
    ['omg 😱😱 cassie', 'omg cassie'],
    ['🔥 finale 🔥', 'finale'],
    ['S1E7 and 1x07', 's1e7 and 1x07'],
    ['“quoted” ‘words’', 'quoted words'],
    ['snake_case_name', 'snake case name'],
    ['  spaced \t out \n text ', 'spaced out text'],
    ['', ''],
    ['!!! ... ???', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  test('normalizeWords returns the words as an array', () => {
    expect(normalizeWords('Life-Support')).toEqual(['life', 'support']);
    expect(normalizeWords('#CassieShore’s')).toEqual(['cassie', 'shore']);
  });
});
