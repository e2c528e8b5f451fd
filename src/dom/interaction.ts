import { isShieldLabel, SHIELD_ATTR } from './marks';

/**
 * Click, Enter and Space on a label reveal its passage. A click anywhere else inside a hidden
 * passage is swallowed so a hidden link cannot be followed blind. Capture listeners on the
 * window run before the page's own handlers.
 */
export function listenForReveal(
  win: Window,
  reveal: (passage: Element) => void,
  hiddenPassages: () => Iterable<Element>,
  signal: AbortSignal,
): void {
  const opts = { capture: true, signal };
  win.addEventListener(
    'click',
    (event) => {
      const path = event.composedPath();
      const label = path.find((n) => isShieldLabel(n as Node)) as Element | undefined;
      if (label?.parentElement?.getAttribute(SHIELD_ATTR) === 'hidden') {
        stop(event);
        reveal(label.parentElement);
        return;
      }
      if (hitsHiddenPassage(event as MouseEvent, path, hiddenPassages())) stop(event);
    },
    opts,
  );
  win.addEventListener(
    'keydown',
    (event) => {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ' && key !== 'Spacebar') return;
      const target = event.composedPath()[0] as Node | undefined;
      if (!target || !isShieldLabel(target)) return;
      const passage = (target as Element).parentElement;
      if (passage?.getAttribute(SHIELD_ATTR) !== 'hidden') return;
      stop(event); // Space would scroll the page, Enter would submit a surrounding form.
      reveal(passage);
    },
    opts,
  );
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopPropagation();
}

/**
 * Hidden passages paint nothing and take no pointer hits (visibility: hidden), so a click on
 * one lands on an ancestor, perhaps a link around it. Find whether the click point is over a
 * hidden passage inside the target, or the target is inside one (no CSS, e.g. happy-dom).
 */
function hitsHiddenPassage(
  event: MouseEvent,
  path: EventTarget[],
  hidden: Iterable<Element>,
): boolean {
  const target = path[0] as Node | undefined;
  if (!target) return false;
  for (const passage of hidden) {
    if (path.includes(passage)) return true;
    if (!target.contains(passage)) continue;
    const r = passage.getBoundingClientRect();
    const { clientX: x, clientY: y } = event;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}
