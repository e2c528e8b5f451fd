/**
 * Defines `key` on `target` by `make()` at its first read (or write), as a plain data property
 * from then on. For data the content script carries in every frame but a page rarely reads:
 * what is never read is never made, so the garbage collector never moves it either.
 */
export function madeOnFirstRead<T extends object, K extends keyof T>(
  target: T,
  key: K,
  make: () => T[K],
): void {
  const settle = (value: T[K]) =>
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      settle(value);
      return value;
    },
    set: settle,
  });
}
