#!/usr/bin/env node
// Writes a screenshot of every screen of the web app to docs/screenshots/ (desktop, and the Today and draft
// screens at phone width), from the real server on the example's store, in Debian's Chromium.
// Run after `npm run build`: node scripts/screenshots.js
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../dist/test/helpers/browser.js';
import { ROOT } from '../dist/test/helpers/root.js';
import { exampleSteps, screens } from '../dist/test/helpers/screens.js';
import { runCli } from '../dist/test/helpers/servers.js';
import { startServe } from '../dist/test/helpers/web-server.js';

const NOW = '2026-11-18T09:30:00-06:00';
const out = join(ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });

const serve = await startServe({ now: NOW, importFile: join(ROOT, 'examples/dana-reyes.json') });
const browser = await launchChromium({ width: 1200, height: 800 });
try {
  const planned = await runCli(['plan', '--json', '--now', NOW], serve.env);
  const visits = screens(exampleSteps(planned.stdout));
  const page = await browser.context.newPage();
  await page.goto(serve.url);
  const shoot = async (visit, file) => {
    await page.goto(`${serve.origin}/${visit.route}`);
    await page.getByRole('heading', { level: 1, name: visit.heading }).waitFor();
    await page.waitForLoadState('networkidle');
    if (visit.name === 'draft') {
      // Show the live review at work: a sentence it marks.
      const body = page.getByRole('textbox', { name: 'Message' });
      const text = await body.inputValue();
      const at = text.indexOf('the next step.') + 'the next step.'.length;
      await body.fill(`${text.slice(0, at)} I really need this job.${text.slice(at)}`);
      await page.locator('li.finding').first().waitFor();
    }
    await page.screenshot({ path: join(out, file), fullPage: true });
    process.stdout.write(`wrote docs/screenshots/${file}\n`);
  };
  for (const visit of visits) await shoot(visit, `${visit.name}.png`);
  await page.setViewportSize({ width: 375, height: 740 });
  for (const visit of visits.filter((v) => v.name === 'today' || v.name === 'draft'))
    await shoot(visit, `${visit.name}-phone.png`);
} finally {
  await browser.close();
  await serve.stop();
}
