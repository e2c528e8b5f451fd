import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_ONLY_GLOBAL } from '../../entrypoints/shield.content/timing';
import { type Rig, startRig } from './rig';
import { accessibleNames, expectShielded, waitForShield } from './shield-helpers';

describe('the shield on static pages (real matcher, built-in pack, not started)', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  it('hides every spoiler of a long article and nothing else', async () => {
    const page = await rig.openPage('article.html');
    await waitForShield(page);
    const seen = await expectShielded(page, 0);
    expect(seen.filter((s) => s.state === 'hidden').length).toBe(11);
    // The picture whose alt text gives episode 9 away is hidden with its caption.
    expect(await page.getAttribute('#fig', 'data-spoiler-episode')).toBe('S1E9');
    // In a gallery too large to be one passage, the link around the picture is hidden.
    expect(await page.getAttribute('#tile-spoiler', 'data-spoiler-episode')).toBe('S1E9');
    // Form fields, the editor and code keep their text and get no mark.
    expect(await page.inputValue('#comment')).toContain('Delia pushed Cassie');
    expect(
      await page
        .locator('[contenteditable] [data-spoiler-shield], #code[data-spoiler-shield]')
        .count(),
    ).toBe(0);
    await page.close();
  });

  it('labels each hidden passage with an accessible button', async () => {
    const page = await rig.openPage('article.html');
    await waitForShield(page);
    const label = page.locator('#s7 > spoiler-shield-label');
    expect(await label.getAttribute('role')).toBe('button');
    expect(await label.getAttribute('aria-label')).toBe(
      'Spoiler for Tiny Pretty Things, S1 E7. Press to reveal.',
    );
    // Chromium's own accessibility tree (what screen readers get): the button, none of the
    // hidden words, and the harmless text as before.
    const tree = await accessibleNames(page);
    expect(tree).toContain('button: Spoiler for Tiny Pretty Things, S1 E7. Press to reveal.');
    expect(tree.join('\n')).not.toContain('anonymous texts');
    expect(tree.join('\n')).not.toContain('Cassie wakes up in her hospital bed'); // an alt text
    expect(tree.join('\n')).toContain('Spoiler-free verdict');
    // Hiding did not move anything: the passage keeps its box, the label takes no room.
    const place = () =>
      page.evaluate(() => {
        const r = (document.getElementById('s7') as HTMLElement).getBoundingClientRect();
        const next = (document.getElementById('fig') as HTMLElement).getBoundingClientRect();
        return [r.left, r.top + scrollY, r.width, r.height, next.top + scrollY];
      });
    const hiddenPlace = await place();
    await page.locator('#s7 > spoiler-shield-label').click();
    expect(await page.getAttribute('#s7', 'data-spoiler-shield')).toBe('revealed');
    expect(await place()).toEqual(hiddenPlace);
    await page.close();
  });

  it('reveals by click, Enter or Space, and never follows a hidden link', async () => {
    const page = await rig.openPage('article.html');
    await waitForShield(page);
    const url = page.url();
    // Click where the hidden link is (its far end, clear of the label): nothing happens.
    const link = await page.locator('#finale-link').boundingBox();
    if (!link) throw new Error('no box for the hidden link');
    await page.mouse.click(link.x + link.width - 4, link.y + link.height / 2);
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url);
    expect(await page.getAttribute('#linked', 'data-spoiler-shield')).toBe('hidden');
    await page.locator('#linked > spoiler-shield-label').click();
    expect(await page.getAttribute('#linked', 'data-spoiler-shield')).toBe('revealed');
    expect(await page.locator('#linked').evaluate((el) => getComputedStyle(el).visibility)).toBe(
      'visible',
    );
    // Keyboard: Tab reaches the labels; Enter and Space reveal.
    await page.locator('#s1 > spoiler-shield-label').focus();
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#s1', 'data-spoiler-shield')).toBe('revealed');
    await page.locator('#s2 > spoiler-shield-label').focus();
    const scroll = await page.evaluate(() => scrollY);
    await page.keyboard.press(' ');
    expect(await page.getAttribute('#s2', 'data-spoiler-shield')).toBe('revealed');
    expect(await page.evaluate(() => scrollY)).toBe(scroll);
    // Now the revealed link works.
    await page.locator('#finale-link').click();
    await page.waitForURL(/smoke\.html/);
    await page.close();
  });

  it('works on a dark forum thread, including posts that are a div with its own text', async () => {
    const page = await rig.openPage('thread.html');
    await waitForShield(page);
    const seen = await expectShielded(page, 0);
    expect(seen.filter((s) => s.state === 'hidden').map((s) => s.where)).toEqual([
      't3',
      't5',
      't7',
    ]);
    await page.close();
  });

  it('hides inside open shadow roots, also one attached after the page loaded', async () => {
    const page = await rig.openPage('shadow.html');
    await waitForShield(page);
    await page.waitForFunction(() => customElements.get('late-comment'));
    await page.waitForTimeout(100);
    const seen = await expectShielded(page, 0);
    expect(seen.filter((s) => s.state === 'hidden').map((s) => s.where)).toEqual(['c2>p', 'c3>p']);
    await page.evaluate(() =>
      (window as unknown as { addComment(t: string, e: number): void }).addComment(
        'Cassie wakes up in the ninth episode and whispers that she was pushed.',
        9,
      ),
    );
    await page.waitForTimeout(100);
    await expectShielded(page, 0);
    await page.close();
  });

  it('runs in same-origin and srcdoc iframes', async () => {
    const page = await rig.openPage('frame.html');
    const frame = page.frameLocator('#inner');
    await frame.locator('#f2[data-spoiler-shield=hidden]').waitFor({ state: 'attached' });
    const inner = page.frames().find((f) => f.url().endsWith('frame-inner.html'));
    if (!inner) throw new Error('iframe not found');
    await expectShielded(inner, 0);
    await expectShielded(page, 0);
    // A srcdoc frame (about:srcdoc) is covered too, through match_about_blank.
    const written = page.frameLocator('#written');
    await written.locator('#w2[data-spoiler-shield=hidden]').waitFor({ state: 'attached' });
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc');
    if (!srcdoc) throw new Error('srcdoc frame not found');
    await expectShielded(srcdoc, 0);
    await page.close();
  });

  it('cannot be switched off by a page that names the bench-only global', async () => {
    // The bench's "bundle only" copy sets BUNDLE_ONLY_GLOBAL in the extension's own world. A
    // page can only name it as a global of its own world or as an element id (named access
    // on window); neither may stop the shield.
    rig.server.route('/names-the-global', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html><head><title>Forum</title>
        <script>window.${BUNDLE_ONLY_GLOBAL} = true;</script></head>
        <body><div id="${BUNDLE_ONLY_GLOBAL}">A harmless line.</div>
        <p id="spoiler">In the finale it is revealed that Delia pushed Cassie off the roof.</p></body></html>`,
      );
    });
    const page = await rig.openPage('/names-the-global');
    await waitForShield(page);
    expect(await page.getAttribute('#spoiler', 'data-spoiler-shield')).toBe('hidden');
    await page.close();
  });
});
