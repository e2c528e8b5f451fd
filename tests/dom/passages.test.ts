import { beforeEach, describe, expect, it } from 'vitest';
import { TextWalk } from '../../src/dom/collect';
import { PassageResolver } from '../../src/dom/passages';

/** The passage chosen for the element with id `id`'s first text. */
function passageIdOf(id: string): string | null {
  const el = document.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  const text = [...el.childNodes].find((n) => n.nodeType === 3) ?? el;
  const passage = new PassageResolver().passageOf(text);
  return passage ? passage.id || passage.tagName : null;
}

function textsById(): Record<string, string> {
  const walk = new TextWalk([document], new PassageResolver());
  walk.run();
  const { texts } = walk;
  return Object.fromEntries([...texts].map(([el, t]) => [el.id || el.tagName, t]));
}

beforeEach(() => {
  document.head.innerHTML = '<title>A page</title><style>p{}</style>';
  document.body.innerHTML = '';
});

describe('passage choice', () => {
  it('picks the nearest block element through inline ones', () => {
    document.body.innerHTML = `
      <article id="art"><p id="p">Start <b><a id="a" href="#">linked <i id="i">deep</i></a></b></p></article>
      <ul><li id="li">item <span id="s">inline</span></li></ul>
      <table><tr><td id="td">cell</td><th id="th">head</th></tr></table>
      <h2 id="h2">Heading</h2><blockquote id="bq">Quote</blockquote>
      <dl><dt id="dt">term</dt><dd id="dd">def</dd></dl>
      <details><summary id="sum">More</summary></details>`;
    expect(passageIdOf('a')).toBe('p');
    expect(passageIdOf('i')).toBe('p');
    expect(passageIdOf('s')).toBe('li');
    for (const id of ['td', 'th', 'h2', 'bq', 'dt', 'dd', 'sum']) expect(passageIdOf(id)).toBe(id);
  });

  it('takes a div with its own text, but never html, body, main or a large container', () => {
    const many = Array.from({ length: 45 }, (_, i) => `<div>row ${i}</div>`).join('');
    document.body.innerHTML = `
      body text
      <main id="main">main text<div id="tweet"><span id="tw">a short post</span></div></main>
      <div id="big">loose text ${many}</div>`;
    expect(new PassageResolver().passageOf(document.body.firstChild as Node)).toBeNull();
    expect(passageIdOf('main')).toBeNull();
    expect(passageIdOf('tw')).toBe('tweet');
    expect(passageIdOf('big')).toBeNull();
  });

  it('hides a picture with its caption, and gives an SVG text to its HTML container', () => {
    document.body.innerHTML = `
      <figure id="fig"><img id="img" alt="the alt words"><figcaption id="cap">caption</figcaption></figure>
      <p id="svgp"><svg><text id="svgt">drawn</text></svg></p>`;
    expect(passageIdOf('cap')).toBe('fig');
    expect(passageIdOf('img')).toBe('fig');
    expect(passageIdOf('svgt')).toBe('svgp');
    expect(textsById().fig).toBe(' the alt words caption');
  });

  it('gives a picture in a large gallery to the link around it', () => {
    const tiles = Array.from({ length: 45 }, (_, i) => `<a href="#${i}"><img alt="tile ${i}"></a>`);
    document.body.innerHTML = `<div id="grid">${tiles.join('')}<a id="pic" href="#p"><picture><img alt="the late one"></picture></a></div>`;
    const texts = textsById();
    expect(texts.pic).toBe(' the late one ');
    expect(texts.grid).toBeUndefined();
  });

  it('never reads scripts, styles, form fields, templates, editors or its own label', () => {
    document.body.innerHTML = `
      <p id="ok">kept <script>var secret = 1</script><style>.x{}</style></p>
      <textarea>typed</textarea><select><option>opt</option></select><noscript>ns</noscript>
      <template><p>tpl</p></template>
      <div contenteditable="true"><p id="ce">editable</p></div>
      <div contenteditable="false"><p id="cef">not editable</p></div>
      <div class="cm-editor"><div class="cm-line">code line</div></div>
      <div class="CodeMirror"><pre>old cm</pre></div>
      <div class="monaco-editor"><span>monaco</span></div>
      <div role="textbox"><p>aria box</p></div>
      <p id="lab"><spoiler-shield-label>Spoiler label</spoiler-shield-label>own</p>`;
    expect(textsById()).toEqual({ ok: 'kept ', cef: 'not editable', lab: 'own' });
  });

  it('joins inline pieces as written and puts a space for <br>', () => {
    document.body.innerHTML = '<p id="p">Cas<b>sie</b> fell<br>later</p>';
    expect(textsById().p).toBe('Cassie fell later');
  });
});
