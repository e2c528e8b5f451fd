import { describe, expect, it } from 'vitest';
import { hostInList, hostMatches, hostOfUrl, parseSiteList } from '../../src/settings/hosts';

describe('site lists', () => {
  it.each([
    ['reddit.com', 'reddit.com', true],
    ['old.reddit.com', 'reddit.com', true],
    ['www.reddit.com', 'reddit.com', true],
    ['reddit.com', 'www.reddit.com', true],
    ['notreddit.com', 'reddit.com', false],
    ['reddit.com.evil.example', 'reddit.com', false],
    ['REDDIT.COM.', 'reddit.com', true],
  ])('%s is covered by %s: %s', (host, entry, covered) => {
    expect(hostMatches(host, entry)).toBe(covered);
  });

  it('never matches an empty host or entry', () => {
    expect(hostInList('', ['example.com'])).toBe(false);
    expect(hostMatches('example.com', '')).toBe(false);
  });

  it('takes the host of web pages only', () => {
    expect(hostOfUrl('https://www.example.com/a?b')).toBe('www.example.com');
    expect(hostOfUrl('chrome://extensions')).toBe('');
    expect(hostOfUrl('about:blank')).toBe('');
    expect(hostOfUrl(undefined)).toBe('');
  });

  it('parses one host per line, accepting pasted URLs and wildcards', () => {
    const text =
      ' Example.com \n\n*.wiki.example.org\nhttps://www.fans.example.net/x\nexample.com\n127.0.0.1\nlocalhost';
    expect(parseSiteList(text)).toEqual({
      hosts: ['example.com', 'wiki.example.org', 'fans.example.net', '127.0.0.1', 'localhost'],
      errors: [],
    });
  });

  it('reports each line that is not a host, by line number', () => {
    const { errors } = parseSiteList(
      'ok.example\nnot a host\nexample\nbad_.example\n300.1.1.1\nftp://',
    );
    expect(errors.map((e) => [e.line, e.text])).toEqual([
      [2, 'not a host'],
      [3, 'example'],
      [4, 'bad_.example'],
      [5, '300.1.1.1'],
      [6, 'ftp://'],
    ]);
  });
});
