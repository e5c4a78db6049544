// The planner's output (CONTRACT.md §2). Field names are a fixed interface: add, never rename or drop.
export const STEP_KINDS = ['thank-you', 'check-in', 'follow-up', 'offer-notice', 'gracious-close', 'move-on'] as const;
export const STEP_CHANNELS = ['email', 'mail', 'phone', 'portal', 'none'] as const;
export const STEP_STATES = ['pending', 'overdue', 'done', 'cancelled'] as const;

export type StepKind = (typeof STEP_KINDS)[number];
export type StepChannel = (typeof STEP_CHANNELS)[number];
export type StepState = (typeof STEP_STATES)[number];

export interface Step {
  /** Stable across re-plans of the same document: derived from application, kind, interview and person. */
  id: string;
  /** The application's id. */
  application: string;
  kind: StepKind;
  /** People the step is addressed to; empty for move-on. */
  to: string[];
  channel: StepChannel;
  /** Not before: ISO 8601 with offset, in the candidate's zone. */
  earliest: string;
  /** By: ISO 8601 with offset, in the candidate's zone. */
  due: string;
  state: StepState;
  /** One or two sentences: why this step, why this date. */
  reason: string;
  /** Index of the interview the step follows from (added field). */
  interview?: number;
  /** 1-based count of status touches (check-in = 1, follow-ups 2..max) (added field). */
  touch?: number;
}

export interface Plan {
  steps: Step[];
}
