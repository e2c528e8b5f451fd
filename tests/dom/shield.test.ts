import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Shield } from '../../src/dom/shield';
import { fakeMatcher, serialize, settle, withoutShieldMarks } from './helpers';

let shield: Shield | null = null;
let counts: number[] = [];

function start(watched = 3): Shield {
  counts = [];
  shield = new Shield({
    document,
    window: window as unknown as Window & typeof globalThis,
    onCount: (n) => counts.push(n),
  });
  shield.attach();
  shield.update(fakeMatcher(watched));
  return shield;
}

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const state = (id: string) => $(id).getAttribute('data-spoiler-shield');
const labelOf = (id: string) => $(id).querySelector(':scope > spoiler-shield-label');

const PAGE = `
  <h1 id="title">Sparrow Hall, week by week</h1>
  <p id="safe">The pilot sets up the school and its rivalries.</p>
  <p id="late">In the end <a id="link" href="/later">twist7</a> changes everything.</p>
  <p id="early">By now we know twist2 happened.</p>
  <ul><li id="item">Prediction: <em>twist9</em> soon.</li></ul>
  <form><textarea id="ta">twist8 typed by the user</textarea><input id="in" value="twist8"></form>
  <script id="sc">window.note = "twist8";</script>
  <div contenteditable="true" id="ed"><p id="edp">twist8 in an editor</p></div>`;

beforeEach(() => {
  document.head.innerHTML = '<title>Sparrow Hall</title>';
  document.body.innerHTML = PAGE;
});
afterEach(() => {
  shield?.stop();
  shield = null;
});

describe('Shield', () => {
  it('hides the later-episode passages, with the DOM contract and an accessible label', () => {
    start(3);
    expect(state('late')).toBe('hidden');
    expect($('late').getAttribute('data-spoiler-episode')).toBe('S1E7');
    expect(state('item')).toBe('hidden');
    expect($('item').getAttribute('data-spoiler-episode')).toBe('S1E9');
    for (const id of ['safe', 'early', 'title']) expect(state(id)).toBeNull();
    const label = labelOf('late') as Element;
    expect($('late').firstChild).toBe(label);
    expect(label.getAttribute('role')).toBe('button');
    expect(label.getAttribute('tabindex')).toBe('0');
    expect(label.getAttribute('aria-label')).toBe(
      'Spoiler for Sparrow Hall, S1 E7. Press to reveal.',
    );
    // The label's words sit in a closed shadow root: the passage's own text is unchanged.
    expect(label.textContent).toBe('');
    expect($('late').textContent).toBe('In the end twist7 changes everything.');
    expect(shield?.counts()).toEqual({ hidden: 2, revealed: 0 });
    expect(counts.at(-1)).toBe(2);
  });

  it('never touches form fields, scripts or editable regions', () => {
    const before = ['ta', 'in', 'sc', 'ed', 'edp'].map((id) => $(id).outerHTML);
    start(3);
    expect(['ta', 'in', 'sc', 'ed', 'edp'].map((id) => $(id).outerHTML)).toEqual(before);
    expect(($('ta') as HTMLTextAreaElement).value).toBe('twist8 typed by the user');
  });

  it('reveals on a click on the label, and swallows clicks on hidden links', () => {
    start(3);
    let followed = 0;
    document.addEventListener('click', () => followed++);
    const click = $('link').dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true }),
    );
    expect(click).toBe(false); // default prevented: the link is not followed
    expect(followed).toBe(0);
    expect(state('late')).toBe('hidden');
    labelOf('late')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(state('late')).toBe('revealed');
    expect(labelOf('late')).toBeNull();
    expect($('late').getAttribute('data-spoiler-episode')).toBe('S1E7');
    // Revealed: the link works again.
    expect(
      $('link').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })),
    ).toBe(true);
    expect(counts.at(-1)).toBe(1);
  });

  it.each(['Enter', ' '])('reveals on %j pressed on the focused label', (key) => {
    start(3);
    const label = labelOf('item') as HTMLElement;
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    expect(label.dispatchEvent(event)).toBe(false);
    expect(state('item')).toBe('revealed');
    // Other keys do nothing.
    const other = labelOf('late') as HTMLElement;
    other.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(state('late')).toBe('hidden');
  });

  it('reveal all restores the page exactly, minus the shield marks', () => {
    const original = serialize(document);
    start(3);
    expect(serialize(document)).not.toBe(original);
    shield?.revealAll();
    expect(withoutShieldMarks(document)).toBe(original);
    expect(shield?.counts()).toEqual({ hidden: 0, revealed: 2 });
    shield?.hideAgain();
    expect(state('late')).toBe('hidden');
    expect(shield?.counts()).toEqual({ hidden: 2, revealed: 0 });
  });

  it('stop() and an inactive update leave no mark at all', () => {
    const original = serialize(document);
    start(3).update(null);
    expect(serialize(document)).toBe(original);
    shield?.update(fakeMatcher(3));
    expect(state('late')).toBe('hidden');
    shield?.stop();
    expect(serialize(document)).toBe(original);
  });

  it('advancing the episode unhides what is now watched; going back hides again', () => {
    start(3);
    shield?.update(fakeMatcher(7));
    expect(state('late')).toBeNull();
    expect(labelOf('late')).toBeNull();
    expect(state('item')).toBe('hidden');
    expect(counts.at(-1)).toBe(1);
    shield?.update(fakeMatcher(10));
    expect(shield?.counts()).toEqual({ hidden: 0, revealed: 0 });
    shield?.update(fakeMatcher(0));
    expect(state('early')).toBe('hidden');
    expect(state('late')).toBe('hidden');
  });

  it('keeps a revealed passage revealed across updates until its text changes', async () => {
    start(3);
    shield?.reveal($('late'));
    shield?.update(fakeMatcher(4));
    expect(state('late')).toBe('revealed');
    ($('link').firstChild as Text).data = 'twist8';
    await settle();
    expect(state('late')).toBe('hidden');
    expect($('late').getAttribute('data-spoiler-episode')).toBe('S1E8');
    expect(labelOf('late')?.getAttribute('aria-label')).toContain('S1 E8');
  });

  it('an aborted signal stops the shield and restores the page', () => {
    const original = serialize(document);
    const controller = new AbortController();
    shield = new Shield({
      document,
      window: window as unknown as Window & typeof globalThis,
      signal: controller.signal,
    });
    shield.attach();
    shield.update(fakeMatcher(0));
    expect(state('late')).toBe('hidden');
    controller.abort();
    expect(serialize(document)).toBe(original);
  });

  it('counts the title of the page around a frame as context', () => {
    document.head.innerHTML = '<title></title>';
    document.body.innerHTML = '<p id="p">ctxtwist8</p>';
    shield = new Shield({
      document,
      window: window as unknown as Window & typeof globalThis,
      outerTitle: () => 'Sparrowfield forum',
    });
    shield.attach();
    shield.update(fakeMatcher(3));
    expect(state('p')).toBe('hidden');
  });
});
