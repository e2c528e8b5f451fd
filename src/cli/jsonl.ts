import type { Matcher } from '../core/match/types';

export interface JsonlResult {
  id: string | number;
  hidden: boolean;
  episode: number | null;
  facts: string[];
}

/** A line of the input that is not {"id": ..., "text": "..."}: reported with file and line, exit 2. */
export class InputError extends Error {}

export function parseJsonl(content: string, file: string): { id: string | number; text: string }[] {
  const docs: { id: string | number; text: string }[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new InputError(
        `${where}: not JSON (${error instanceof Error ? error.message : error})`,
      );
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputError(`${where}: expected an object {"id": ..., "text": "..."}`);
    }
    const { id, text } = value as Record<string, unknown>;
    if (typeof id !== 'string' && typeof id !== 'number') {
      throw new InputError(`${where}: id: expected a string or number`);
    }
    if (typeof text !== 'string') throw new InputError(`${where}: text: expected a string`);
    docs.push({ id, text });
  });
  return docs;
}

/** Each line is its own document: no context carries from one line to the next. */
export function checkJsonl(
  docs: { id: string | number; text: string }[],
  matcher: Matcher,
): JsonlResult[] {
  return docs.map(({ id, text }) => {
    const decision = matcher.evaluateDocument(text);
    return {
      id,
      hidden: decision.hidden,
      episode: decision.episode?.episode ?? null,
      facts: decision.hits.map((hit) => hit.factId),
    };
  });
}
