// The application page's own forms in real Chromium, checked against the store: a debrief point, a
// correction to a person met, a reply logged, and removing the application, which the undo bar brings back.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openStore } from '../../src/store/index.js';
import { type BrowserSession, chromiumMissing, launchChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/root.js';
import { type ServeProcess, startServe } from '../helpers/web-server.js';

const NOW = '2026-11-18T09:30:00-06:00';

describe('the application page', { skip: chromiumMissing() }, () => {
  let serve: ServeProcess;
  let browser: BrowserSession;
  let page: Page;
  const acme = async () => {
    const store = await openStore({ path: serve.env.FOLLOWTHROUGH_DB as string });
    try {
      return await store.getApplication('acme');
    } finally {
      await store.close();
    }
  };

  before(async () => {
    serve = await startServe({ now: NOW, importFile: join(ROOT, 'examples/dana-reyes.json') });
    browser = await launchChromium();
    const launch = await browser.context.newPage();
    await launch.goto(serve.url); // the launch link signs this browser in
    await launch.close();
    page = await browser.context.newPage();
    await page.goto(`${serve.origin}/#/app/acme`);
    await page.getByRole('heading', { level: 1, name: /Acme Logistics/ }).waitFor();
  });
  after(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('adds a debrief point and logs a reply, each announced and stored', async () => {
    await page.getByLabel('What', { exact: true }).fill('they liked the audit story');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText(/Added to the debrief of Acme Logistics/).waitFor();
    assert.ok((await acme())?.interviews[0]?.debrief.wentWell.includes('they liked the audit story'));

    await page.getByLabel('Note (optional)').fill('we expect to decide by December 4');
    await page.getByRole('button', { name: 'Record it' }).click();
    await page.getByText('Recorded: replied for Acme Logistics.').waitFor();
    const replies = (await acme())?.events.filter((e) => e.type === 'replied') ?? [];
    assert.deepEqual(
      replies.map((e) => e.note),
      ['we expect to decide by December 4'],
    );
  });

  it('corrects a person met, and the store holds the correction', async () => {
    await page.getByText('Correct Maria Chen').click();
    const editor = page.locator('details', { hasText: 'Correct Maria Chen' });
    await editor.getByLabel('Title').fill('VP Finance');
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved Maria Chen.').waitFor();
    const maria = (await acme())?.interviews[0]?.interviewers.find((p) => p.name === 'Maria Chen');
    assert.equal(maria?.title, 'VP Finance');
  });

  it('removes the application after a confirmation, and Undo brings it back', async () => {
    await page.getByRole('button', { name: 'Remove this application' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.getByText(/Removed Acme Logistics/).waitFor();
    assert.equal(await acme(), undefined);
    await page.getByRole('button', { name: /^Undo/ }).click();
    await page.getByText(/Undone: removal of acme/).waitFor();
    assert.ok(await acme(), 'undo brought it back');
  });
});
