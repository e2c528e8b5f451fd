import { afterEach, describe, expect, it } from 'vitest';
import { PENDING_ATTR } from '../../src/dom/marks';
import { BodyHold, VEIL_TAG } from '../../src/dom/veil';

const veil = () => document.querySelector(VEIL_TAG) as HTMLElement | null;

describe('BodyHold veil', () => {
  afterEach(() => {
    document.body.removeAttribute('style');
    document.documentElement.removeAttribute(PENDING_ATTR);
    veil()?.remove();
  });

  it('takes the background of a painted dark page, so a rescan does not flash it light', () => {
    document.body.style.backgroundColor = 'rgb(18, 18, 20)';
    const hold = new BodyHold(document);
    const holder = {};
    hold.hold(holder, true);
    expect(veil()?.getAttribute('style')).toContain('background: rgb(18, 18, 20) !important');
    hold.release(holder);
    expect(veil()).toBeNull();
  });

  it('is the canvas colour mid-parse, on a page still held unpainted, or without a background', () => {
    document.body.style.backgroundColor = 'rgb(18, 18, 20)';
    const hold = new BodyHold(document);
    const a = {};
    hold.hold(a); // mid-parse: never reads styles
    expect(veil()?.getAttribute('style')).toContain('background: Canvas !important');
    hold.release(a);
    document.documentElement.setAttribute(PENDING_ATTR, '');
    hold.hold(a, true);
    expect(veil()?.getAttribute('style')).toContain('background: Canvas !important');
    hold.release(a);
    document.documentElement.removeAttribute(PENDING_ATTR);
    document.body.style.backgroundColor = 'rgba(18, 18, 20, 0.5)';
    hold.hold(a, true);
    // See-through: not used.
    expect(veil()?.getAttribute('style')).toContain('background: Canvas !important');
    hold.release(a);
    document.body.removeAttribute('style');
    hold.hold(a, true);
    expect(veil()?.getAttribute('style')).toContain('background: Canvas !important');
    hold.release(a);
  });

  it('stays while any holder needs it', () => {
    const hold = new BodyHold(document);
    const a = {};
    const b = {};
    hold.hold(a);
    hold.hold(b, true);
    hold.release(a);
    expect(veil()).not.toBeNull();
    hold.release(b);
    expect(veil()).toBeNull();
  });
});
