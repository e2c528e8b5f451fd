/** Made at build time by scripts/vite/builtin-snapshot.ts: a matcher snapshot's text. */
declare module 'virtual:builtin-snapshot' {
  /** The ids of the packs it was taken of, in order. */
  export const packs: string[];
  const text: string;
  export default text;
}
