/**
 * Site lists ("never run here", "paused here") hold bare host names. An entry
 * covers the host and its subdomains: "reddit.com" also covers "old.reddit.com".
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Lower-cased host with a trailing dot and a leading "www." removed. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** True when `host` is `entry` or one of its subdomains. */
export function hostMatches(host: string, entry: string): boolean {
  const h = normalizeHost(host);
  const e = normalizeHost(entry);
  return e !== '' && (h === e || h.endsWith(`.${e}`));
}

export function hostInList(host: string, list: readonly string[]): boolean {
  return host !== '' && list.some((entry) => hostMatches(host, entry));
}

/** The host of a page URL the shield can run on (http/https), else ''. */
export function hostOfUrl(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}

export interface SiteListError {
  /** 1-based line number in the text the user typed. */
  line: number;
  text: string;
  problem: 'not-a-host';
}

/**
 * Parses "one host per line". A pasted URL or "*.example.com" is accepted and
 * reduced to its host, since that is what people copy; blank lines and
 * duplicates are dropped. Anything else is reported by line, and the caller
 * saves nothing while there are errors.
 */
export function parseSiteList(text: string): { hosts: string[]; errors: SiteListError[] } {
  const hosts: string[] = [];
  const errors: SiteListError[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '') return;
    const host = toHost(line);
    if (host === null) {
      errors.push({ line: index + 1, text: line, problem: 'not-a-host' });
    } else if (!hosts.includes(host)) {
      hosts.push(host);
    }
  });
  return { hosts, errors };
}

function toHost(line: string): string | null {
  let candidate = line.replace(/^\*\./, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(candidate)) {
    const host = hostOfUrl(candidate);
    if (host === '') return null;
    candidate = host;
  }
  const host = normalizeHost(candidate);
  if (host === 'localhost') return host;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    return host.split('.').every((n) => Number(n) <= 255) ? host : null;
  }
  const labels = host.split('.');
  // At least one dot: a lone word is far more likely a typo than an intranet host.
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) ? host : null;
}
