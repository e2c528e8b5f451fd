import { existsSync } from 'node:fs';

/**
 * The first of `candidates` that exists, or null. An override from the environment (the
 * first of `envNames` that is set) wins, and must exist: a wrong path is an error, not a
 * silent fallback to another browser.
 */
export function findBrowser(
  envNames: readonly string[],
  candidates: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const name = envNames.find((n) => env[n]);
  const override = name ? env[name] : undefined;
  if (override) {
    if (!existsSync(override))
      throw new Error(`${name} points at ${override}, which does not exist.`);
    return override;
  }
  return candidates.find((path) => existsSync(path)) ?? null;
}
