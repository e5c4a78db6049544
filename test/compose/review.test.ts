// Every draft the composer writes must pass its own review: no error, and no warning about names or
// personalization (the composer knows the names and the listing, so such a warning would be its bug).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeCallScript, composeDraft, type Draft } from '../../src/core/compose/index.js';
import type { StepChannel, StepKind } from '../../src/core/plan/types.js';
import { reviewMessage } from '../../src/core/review/index.js';
import { loadSpeller } from '../../src/review-node/speller.js';
import { NOW, realistic } from './helpers.js';

const doc = realistic();
const speller = loadSpeller();

function problems(text: string, draft: Pick<Draft, 'application' | 'to' | 'kind' | 'channel'>): string[] {
  const kind = draft.channel === 'mail' ? 'letter' : draft.channel === 'phone' ? 'call-script' : draft.kind;
  const result = reviewMessage(
    text,
    { document: doc, application: draft.application, to: draft.to, kind },
    { speller },
  );
  return result.findings
    .filter((f) => f.severity === 'error' || f.category === 'names' || f.category === 'personalization')
    .map((f) => `${f.severity} ${f.rule}: ${f.message} [${text.slice(f.start, f.end)}]`);
}

function reviewed(draft: Draft): string {
  return draft.subject ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
}

const requests: Array<{ application: string; kind: StepKind; to: string; touch?: number; channel?: StepChannel }> = [];
for (const app of doc.applications)
  for (const iv of app.interviews)
    for (const p of [...iv.interviewers, ...(iv.contact ? [iv.contact] : [])]) {
      const isInterviewer = iv.interviewers.includes(p as (typeof iv.interviewers)[number]);
      if (isInterviewer) {
        requests.push({ application: app.id, kind: 'thank-you', to: p.name });
        requests.push({ application: app.id, kind: 'thank-you', to: p.name, channel: 'mail' });
      }
      if (app.status === 'rejected') {
        requests.push({ application: app.id, kind: 'gracious-close', to: p.name });
        continue;
      }
      requests.push({ application: app.id, kind: 'check-in', to: p.name, channel: 'email' });
      requests.push({ application: app.id, kind: 'follow-up', to: p.name, touch: 2, channel: 'email' });
      requests.push({ application: app.id, kind: 'follow-up', to: p.name, touch: 3, channel: 'email' });
      requests.push({ application: app.id, kind: 'offer-notice', to: p.name });
      requests.push({ application: app.id, kind: 'gracious-close', to: p.name });
    }

describe('every draft passes its own review', () => {
  for (const request of requests) {
    it(`${request.kind}${request.touch ? ` (touch ${request.touch})` : ''}${request.channel === 'mail' ? ' letter' : ''} to ${request.to} (${request.application})`, () => {
      const draft = composeDraft(doc, { ...request, now: NOW });
      assert.deepEqual(problems(reviewed(draft), draft), []);
    });
  }

  for (const app of doc.applications) {
    it(`the call script for ${app.id}`, () => {
      const script = composeCallScript(doc, { application: app.id, now: NOW });
      assert.deepEqual(
        problems(script.text, { application: app.id, to: script.to, kind: 'check-in', channel: 'phone' }),
        [],
      );
    });
  }
});
