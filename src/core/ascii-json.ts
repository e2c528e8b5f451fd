/**
 * JSON.stringify(value) in ASCII and with no comment closer in it: every character beyond ASCII
 * as a \uXXXX escape, and the slash of a comment closer as "\/". JSON reads both back as the
 * same characters, and outside its strings JSON.stringify writes neither. Why: text carried in a
 * comment of the content script goes there as it is when it is ASCII, and is read back with no
 * unescaping pass (scripts/vite/comment-carrier.ts).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]|\*\//g, (c) =>
    c.length === 2 ? '*\\/' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
