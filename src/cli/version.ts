// The package version, read from the package.json above this file (works from src/, dist/ or a bundle).
import { readFileSync } from 'node:fs';

function findVersion(): string {
  let url = new URL('./', import.meta.url);
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'followthrough' && pkg.version) return pkg.version;
    } catch {
      // not here: look one folder up
    }
    url = new URL('../', url);
  }
  return '0.0.0';
}

export const VERSION = findVersion();
