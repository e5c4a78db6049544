// The web app's whole journey in real Chromium, against the real `followthrough serve`, smtp-server and
// Dovecot on 127.0.0.1: import the example, add an interview with two interviewers, see the plan, open a
// thank-you, type a desperate sentence and see it marked, apply the suggestion, send it, a reply arrives,
// sync, confirm the outcome it proposes, the plan moves, undo.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { type BrowserSession, chromiumMissing, launchChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/root.js';
import {
  type DovecotServer,
  dovecotMissing,
  type SmtpTestServer,
  startDovecot,
  startSmtpServer,
} from '../helpers/servers.js';
import { type ServeProcess, startServe } from '../helpers/web-server.js';

const NOW = '2026-12-01T16:00:00-06:00';
const LENA = 'Lena Park <lena.park@initech.example>, Finance Director';
const OMAR = 'Omar Haddad <omar.haddad@initech.example>, Senior Accountant';

describe('the web journey', { skip: chromiumMissing() ?? dovecotMissing() }, () => {
  let smtp: SmtpTestServer;
  let imap: DovecotServer;
  let serve: ServeProcess;
  let browser: BrowserSession;
  let page: Page;

  before(async () => {
    [smtp, imap] = await Promise.all([startSmtpServer({ user: 'dana@example.test' }), startDovecot()]);
    const server = (s: SmtpTestServer | DovecotServer) => ({
      host: '127.0.0.1',
      port: s.port,
      secure: false,
      user: s.user,
      password: s.password,
    });
    serve = await startServe({ now: NOW, config: { smtp: server(smtp), imap: { ...server(imap), mailbox: 'INBOX' } } });
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  after(async () => {
    await browser?.close();
    await serve?.stop();
    await Promise.all([smtp?.close(), imap?.close()]);
  });

  const notice = async (pattern: RegExp) => {
    await page.locator('.notice', { hasText: pattern }).waitFor();
  };

  it('goes from an import to a sent thank-you, a confirmed reply and an undo', async () => {
    await page.goto(serve.url);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    assert.equal(new URL(page.url()).search, '', 'the launch secret leaves the address bar');

    // 1. Import the example.
    await page.getByRole('link', { name: 'Data and settings' }).click();
    await page.getByLabel('Import a Followthrough file').setInputFiles(join(ROOT, 'examples/dana-reyes.json'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await notice(/Imported 2 applications/);

    // 2. Add an interview with two interviewers and the employer's words; the date is read as they are typed.
    await page.getByRole('link', { name: 'Add interview' }).click();
    await page.getByLabel('Company').fill('Initech');
    await page.getByLabel('Role').fill('Staff Accountant');
    await page.getByLabel(/^When/).fill('12/1 10am');
    await page.getByText(/Read as Tuesday, December 1, 10:00 AM/).waitFor();
    await page.getByLabel('Person 1').fill('Lena Park <lena.park@initech');
    await page.getByText(/Person 1: write it as Name <email>, Title/).waitFor();
    await page.getByLabel('Person 1').fill(LENA);
    await page.getByRole('button', { name: 'Add another person' }).click();
    await page.getByLabel('Person 2').fill(OMAR);
    await page.getByLabel(/What they said/).fill("we'll get back to you in a week or two");
    const reading = page.getByTestId('timing-reading');
    await reading.filter({ hasText: /Read as: by \w+day, December \d+, 2026/ }).waitFor();
    await page.getByRole('button', { name: 'Save the interview' }).click();
    await notice(/Created Initech/);

    // 3. The plan: a thank-you to each interviewer, then a check-in after the date they gave.
    await page.getByRole('heading', { name: 'The plan' }).waitFor();
    const plan = page.locator('ol.timeline');
    await plan.getByText('Thank-you note to Lena Park', { exact: true }).waitFor();
    await plan.getByText('Thank-you note to Omar Haddad', { exact: true }).waitFor();
    const checkInBefore = (await plan.locator('li', { hasText: 'Check-in' }).first().textContent()) ?? '';
    assert.match(checkInBefore, /To do/);

    // 4. Open Lena's thank-you.
    await page.getByRole('link', { name: /Write it\s*: Thank-you note to Lena Park/ }).click();
    const body = page.getByRole('textbox', { name: 'Message' });
    for (let i = 0; i < 100 && !(await body.inputValue()); i++) await page.waitForTimeout(100);
    await page
      .getByText(/Nothing to fix|things? to look at/)
      .first()
      .waitFor();
    assert.match(await body.inputValue(), /Lena/);

    // 5. A desperate sentence is marked as it is typed.
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' I really need this job.');
    const finding = page.locator('li.finding[data-rule="desperation.need-job"]');
    await finding.waitFor();
    await page.locator('mark.sev-error', { hasText: 'I really need this job' }).waitFor({ state: 'attached' });

    // 6. One click applies the suggestion; the placeholder is selected, so typing fills it in.
    await finding.getByRole('button', { name: /I would bring/ }).click();
    await finding.waitFor({ state: 'detached' });
    await page.keyboard.type('the same steady close to Initech');
    const text = await body.inputValue();
    assert.doesNotMatch(text, /really need this job/);
    assert.match(text, /I would bring the same steady close to Initech/);

    // 7. Send it: a preview with To and Subject, then a confirmation.
    const sending = page.locator('section', { has: page.getByRole('heading', { name: 'Sending' }) });
    await sending.getByText('Lena Park <lena.park@initech.example>').waitFor();
    await page.getByRole('button', { name: 'Send…' }).click();
    await page.getByRole('button', { name: 'Yes, send it' }).click();
    await notice(/Sent to lena\.park@initech\.example/);
    assert.equal(smtp.messages.length, 1);
    const sent = await simpleParser(smtp.messages[0]?.raw as Buffer);
    assert.match(sent.text ?? '', /I would bring the same steady close to Initech/);
    assert.equal(sent.to && !Array.isArray(sent.to) ? sent.to.value[0]?.address : '', 'lena.park@initech.example');

    // 8. Her answer arrives in the mailbox.
    const replyAt = new Date((sent.date ?? new Date()).getTime() + 1000);
    await imap.append(
      'INBOX',
      [
        'From: Lena Park <lena.park@initech.example>',
        `To: ${imap.user}`,
        `Subject: Re: ${sent.subject}`,
        `Date: ${replyAt.toUTCString().replace('GMT', '+0000')}`,
        'Message-ID: <lena.reply.1@initech.example>',
        `In-Reply-To: ${sent.messageId}`,
        `References: ${sent.messageId}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Hi Dana,',
        '',
        'Thanks for the note. After a lot of thought we have decided to pursue other candidates for this role.',
        '',
        'Lena',
      ].join('\n'),
    );
    await new Promise((resolve) => setTimeout(resolve, 1200)); // the server's clock passes the reply's time

    // 9. Sync, and confirm the outcome the reply reads as.
    await page.getByRole('link', { name: 'Replies' }).click();
    await page.getByRole('button', { name: 'Check for replies now' }).click();
    await page.getByText(/1 new message/).waitFor();
    await page.getByText(/initech: the reply from .*Lena Park.* reads as a no/i).waitFor();
    await page.getByRole('button', { name: 'Yes, record it' }).click();
    await notice(/Recorded: initech said no/);

    // 10. The plan moves: no check-in is left to do, and a gracious reply is planned.
    await page.goto(`${serve.origin}/#/app/initech`);
    await plan.getByText('Gracious reply to Lena Park', { exact: true }).waitFor();
    const checkInsToDo = plan.locator('li.step-pending', { hasText: 'Check-in' });
    assert.equal(await checkInsToDo.count(), 0);

    // 11. Undo, from the bar the change left.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await notice(/Undone: rejection read in a reply and confirmed for initech/);
    await plan.getByText('Gracious reply to Lena Park', { exact: true }).waitFor({ state: 'detached' });
    await checkInsToDo.first().waitFor();
  });
});
