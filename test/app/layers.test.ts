// The architecture's import rules, checked on the source: the interfaces sit on top, the application layer
// under them, the store, core and channels below; nothing below imports what is above it, and the core
// stays free of Node so it runs in the browser.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/root.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports (static and dynamic), resolved to a path under src/ when relative. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)].map((m) => m[1] as string);
  return found.map((spec) =>
    spec.startsWith('.') ? relative(join(ROOT, 'src'), join(file, '..', spec)).replace(/\\/g, '/') : `pkg:${spec}`,
  );
}

const layer = (area: string) => files(join(ROOT, 'src', area)).map((f) => ({ f, deps: imports(f) }));
const above: Record<string, string[]> = {
  core: ['cli/', 'server/', 'web/', 'app/', 'store/', 'channels/', 'config/', 'review-node/'],
  channels: ['cli/', 'server/', 'web/', 'app/'],
  store: ['cli/', 'server/', 'web/', 'app/', 'channels/'],
  app: ['cli/', 'server/', 'web/'],
};

for (const [area, banned] of Object.entries(above)) {
  test(`src/${area} imports nothing from the layers above it`, () => {
    const modules = layer(area);
    assert.ok(modules.filter((m) => m.deps.length > 0).length > 3, 'the imports were read');
    for (const { f, deps } of modules)
      for (const d of deps) assert.ok(!banned.some((b) => d.startsWith(b)), `${relative(ROOT, f)} imports ${d}`);
  });
}

test('the core imports no Node module, so it runs in the browser', () => {
  for (const { f, deps } of layer('core'))
    for (const d of deps) assert.ok(!d.startsWith('pkg:node:'), `${relative(ROOT, f)} imports ${d.slice(4)}`);
});
