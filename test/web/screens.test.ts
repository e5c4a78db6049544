// Every screen in real Chromium on the example's store: axe-core finds no serious or critical violation,
// nothing is wider than a 375 px phone, and the rehearsal recorder records Chromium's fake microphone and
// plays it back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type BrowserSession, chromiumMissing, launchChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/root.js';
import { exampleSteps, screens } from '../helpers/screens.js';
import { runCli } from '../helpers/servers.js';
import { type ServeProcess, startServe } from '../helpers/web-server.js';

const NOW = '2026-11-18T09:30:00-06:00';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function open(page: Page, origin: string, route: string, heading: RegExp) {
  await page.goto(`${origin}/${route}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForLoadState('networkidle');
}

describe('every screen', { skip: chromiumMissing() }, () => {
  let serve: ServeProcess;
  let browser: BrowserSession;
  let visits: ReturnType<typeof screens>;

  before(async () => {
    serve = await startServe({ now: NOW, importFile: join(ROOT, 'examples/dana-reyes.json') });
    const planned = await runCli(['plan', '--json', '--now', NOW], serve.env);
    visits = screens(exampleSteps(planned.stdout));
    browser = await launchChromium();
    const page = await browser.context.newPage();
    await page.goto(serve.url); // the launch link signs this browser in
    await page.close();
  });
  after(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('has no serious or critical accessibility violation (axe-core, WCAG 2 A and AA)', async () => {
    const page = await browser.context.newPage();
    const found: string[] = [];
    for (const visit of visits) {
      await open(page, serve.origin, visit.route, visit.heading);
      // CDP evaluation is not page script, so the strict CSP does not stop it.
      await page.evaluate(AXE);
      const violations = (await page.evaluate(() =>
        (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe
          .run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          .then((r) => r.violations),
      )) as Violation[];
      for (const v of violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          found.push(
            `${visit.name}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
    }
    await page.close();
    assert.deepEqual(found, []);
  });

  it('fits a 375 px wide phone on every screen', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    const wide: string[] = [];
    for (const visit of visits) {
      await open(page, serve.origin, visit.route, visit.heading);
      const width = (await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
            .scrollWidth,
      )) as number;
      if (width > 375) wide.push(`${visit.name}: ${width} px`);
    }
    await page.close();
    assert.deepEqual(wide, []);
  });

  it('records a rehearsal from the microphone, plays it back, and records again', async () => {
    const page = await browser.context.newPage();
    const visit = visits.find((v) => v.name === 'call-script');
    assert.ok(visit);
    await open(page, serve.origin, visit.route, visit.heading);
    await page.getByRole('button', { name: 'Record' }).click();
    await page.getByText('Recording…').waitFor();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'Stop' }).click();
    const playback = page.getByTestId('playback');
    await playback.waitFor();
    const src = (await playback.getAttribute('src')) ?? '';
    assert.match(src, /^blob:/, 'the recording stays in the page');
    const bytes = Number(await playback.getAttribute('data-bytes'));
    assert.ok(bytes > 1000, `the recording has sound in it (${bytes} bytes)`);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByText('Recorded. Play it back:').waitFor();
    await page.close();
  });
});
