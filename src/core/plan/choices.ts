// The person's own choices about steps, applied after planning: a skipped step is cancelled, a snoozed
// one waits until the day they chose (and the touches after it move with it, so the spacing holds).
import { dayOfIso } from '../calendar/days.js';
import type { Application } from '../document/schema.js';
import type { DraftStep, PlanContext } from './context.js';

const CHAIN = new Set(['check-in', 'follow-up', 'move-on']);

export function applyStepChoices(ctx: PlanContext, app: Application, steps: DraftStep[]): DraftStep[] {
  const choices = app.steps;
  if (!choices) return steps;
  const { days } = ctx;
  let shift = 0; // days the touch chain has moved so far
  for (const step of steps) {
    if (step.settled) continue;
    const choice = choices[step.id];
    if (choice?.skipped) {
      step.settled = 'cancelled';
      step.reason = `You chose to skip this step. ${step.reason}`;
      continue;
    }
    const inChain = CHAIN.has(step.kind);
    const day = days.dayOf(step.due.ms);
    let target = inChain && shift > 0 ? days.onOrAfter(day + shift) : day;
    const until = choice?.snoozedUntil ? dayOfIso(choice.snoozedUntil) : undefined;
    if (until !== undefined && until > target) target = days.onOrAfter(until);
    if (target === day) continue;
    moveTo(ctx, step, target);
    if (until !== undefined && target >= until)
      step.reason = `You snoozed this until ${days.longDate(until)}. ${step.reason}`;
    else step.reason = `Moved to ${days.longDate(target)} because you snoozed an earlier touch. ${step.reason}`;
    if (inChain) shift = Math.max(shift, target - day);
  }
  return steps;
}

function moveTo(ctx: PlanContext, step: DraftStep, day: number): void {
  const { days } = ctx;
  if (step.kind === 'move-on' || step.kind === 'thank-you') {
    step.earliest = days.startOf(day);
    step.due = days.endOfDay(day);
    return;
  }
  const w = days.window(day);
  step.earliest = w.earliest;
  step.due = w.due;
}
