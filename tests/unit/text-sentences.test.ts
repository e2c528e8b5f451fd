import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences: articles', () => {
  test.each([
    ['Cassie falls. Delia watches.', ['Cassie falls.', 'Delia watches.']],
    ['Dr. Ayers calls Mrs. Shore. She cries.', ['Dr. Ayers calls Mrs. Shore.', 'She cries.']],
    ['It scored 7.5 out of 10. Fine.', ['It scored 7.5 out of 10.', 'Fine.']],
    ['In S1E7, Bette lies. Then ep. 8 follows.', ['In S1E7, Bette lies.', 'Then ep. 8 follows.']],
    ['J. K. Rowling wrote it. Next.', ['J. K. Rowling wrote it.', 'Next.']],
    ['Why? Because! Yes.', ['Why?', 'Because!', 'Yes.']],
    ['He said "stop." She left.', ['He said "stop."', 'She left.']],
    ['Visit example.com today. Ok.', ['Visit example.com today.', 'Ok.']],
    ['Cassie vs. Bette is the fight. Right.', ['Cassie vs. Bette is the fight.', 'Right.']],
  ])('%j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('splitSentences: tweets and comments', () => {
  test.each([
    ['omg cassie got pushed lol delia did it', ['omg cassie got pushed lol', 'delia did it']],
    ['no way 😱 she survived', ['no way', 'she survived']],
    ['wait... what', ['wait...', 'what']],
    ['line one\nline two', ['line one', 'line two']],
    ['first\r\n\r\nsecond', ['first', 'second']],
    ['lmao bette really said that', ['lmao', 'bette really said that']],
    ['no punctuation at all just vibes', ['no punctuation at all just vibes']],
    ['ok so…cassie wakes up', ['ok so…', 'cassie wakes up']],
    ['haha ok', ['haha', 'ok']],
  ])('%j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

test('sentence ranges point at the original text', () => {
  const text = '  Cassie’s back!  Delia? ';
  for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
});

test('the tokenizer numbers sentences without gaps', () => {
  const t = tokenize('a. b! c? d\ne 😀 f lol g');
  expect(t.sentences).toEqual([0, 1, 2, 3, 4, 5, 5, 6]);
});
