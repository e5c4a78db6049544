import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mailtoUrl } from '../../src/channels/email/message.js';

test('a mailto: link carries the recipients, subject and body intact', () => {
  const text = 'Hi Maria,\n\nThank you & goodbye? 100% yes: café + tea.\n\nDana';
  const url = mailtoUrl({
    to: [{ name: 'Maria Chen', address: 'maria.chen@acme.example' }, { address: 'jordan+jobs@acme.example' }],
    subject: 'Thanks for Tuesday (Senior Accountant)',
    text,
  });
  assert.ok(url.startsWith('mailto:maria.chen@acme.example,jordan%2Bjobs@acme.example?'), url);
  assert.ok(!/[ +]/.test(url.slice(url.indexOf('?'))), 'spaces are %20 and a plus is escaped');
  const parsed = new URL(url);
  assert.equal(decodeURIComponent(parsed.pathname), 'maria.chen@acme.example,jordan+jobs@acme.example');
  assert.equal(parsed.searchParams.get('subject'), 'Thanks for Tuesday (Senior Accountant)');
  assert.equal(parsed.searchParams.get('body'), text.replace(/\n/g, '\r\n'));
});
