/** Made at build time by scripts/vite/builtin-snapshot.ts. */
declare module 'virtual:builtin-snapshot' {
  /** The ids of the packs the snapshot was taken of, in order. */
  export const packs: string[];
  /** The snapshot's text, read from the comment it travels in; null where it was not put. */
  export const snapshotText: () => string | null;
}
