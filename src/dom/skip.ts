import { LABEL_TAG_UPPER } from './marks';

/** Elements whose text is never read nor marked: code, form fields, templates, our own label. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  LABEL_TAG_UPPER,
]);

/** Class names of in-page code editors: hiding a line inside one would corrupt the editor. */
const EDITOR_CLASSES = ['CodeMirror', 'cm-editor', 'monaco-editor'];
const EDITOR_HINT = /CodeMirror|cm-editor|monaco-editor/;

/**
 * True when `el` itself must be left alone (its whole subtree is skipped by the caller).
 * Attribute and class checks only: `matches()` with a selector list was the slow part of a
 * per-element test on big pages.
 */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  // contenteditable="" and "true" and "plaintext-only" all make the region editable.
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (el.getAttribute('role') === 'textbox') return true;
  // One attribute read; classList (a live object per element) only when a name may match.
  const cls = el.getAttribute('class');
  if (cls === null || !EDITOR_HINT.test(cls)) return false;
  for (const name of EDITOR_CLASSES) if (el.classList.contains(name)) return true;
  return false;
}
