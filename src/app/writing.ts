// Use cases that write words: draft a step (or a message named by application, kind and person) and review
// a text, each with the document it is about. The document is the store's, or one the interface was given
// (`--from FILE`); nothing here writes.

import type { Draft } from '../core/compose/types.js';
import type { Document } from '../core/document/schema.js';
import type { StepChannel, StepKind } from '../core/plan/types.js';
import type { ReviewContext, ReviewResult, Speller } from '../core/review/types.js';
import { planWithConfig, stepById } from './planning.js';

export interface DraftInput {
  doc: Document;
  now: string;
  /** A step id from the plan; or the request below. */
  step?: string;
  request?: { application: string; kind: StepKind; to?: string; touch?: number };
  channel?: StepChannel;
  speller?: Speller;
}

export interface DraftResult {
  draft: Draft;
  /** The text reviewed: an optional Subject line, a blank line, the body. */
  text: string;
  review: ReviewResult;
}

export async function draftMessage(input: DraftInput): Promise<DraftResult> {
  const { composeDraft, composeStepDraft } = await import('../core/compose/index.js');
  let draft: Draft;
  if (input.step !== undefined) {
    const plan = await planWithConfig(input.doc, input.now);
    const step = stepById(plan.steps, input.step, 'STEP', (s) => s.kind !== 'move-on');
    draft = composeStepDraft(input.doc, step, input.now, input.channel ?? step.channel);
  } else {
    const r = input.request as NonNullable<DraftInput['request']>;
    draft = composeDraft(input.doc, { ...r, now: input.now, channel: input.channel });
  }
  const text = draft.subject ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
  const kind = draft.channel === 'mail' ? 'letter' : draft.channel === 'phone' ? 'call-script' : draft.kind;
  const review = await reviewText({
    text,
    context: { document: input.doc, application: draft.application, to: draft.to, kind },
    speller: input.speller,
  });
  return { draft, text, review };
}

export async function reviewText(input: {
  text: string;
  context: ReviewContext;
  speller?: Speller;
}): Promise<ReviewResult> {
  const { reviewMessage } = await import('../core/review/index.js');
  return reviewMessage(input.text, input.context, input.speller ? { speller: input.speller } : {});
}
