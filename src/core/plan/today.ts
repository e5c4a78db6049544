// Today's view of a plan: open steps cut into overdue, due now and the coming days. Pure, shared by the
// CLI's `today` and the web app's Today screen.
import type { Step } from './types.js';

export interface TodayGroups {
  now: string;
  overdue: Step[];
  dueNow: Step[];
  upcoming: Step[];
}

/** Open steps only: overdue (past due), due now (window open), upcoming (opens within `days`). */
export function groupToday(steps: Step[], now: string, days: number): TodayGroups {
  const t = Date.parse(now);
  const horizon = t + days * 86_400_000;
  // Each date is read once: thousands of Date.parse calls inside sort comparators were most of this.
  const overdue: Keyed[] = [];
  const dueNow: Keyed[] = [];
  const upcoming: Keyed[] = [];
  for (const step of steps) {
    if (step.state !== 'pending' && step.state !== 'overdue') continue;
    const due = Date.parse(step.due);
    const earliest = Date.parse(step.earliest);
    if (step.state === 'overdue' || due < t) overdue.push({ step, key: due });
    else if (earliest <= t) dueNow.push({ step, key: due });
    else if (earliest <= horizon) upcoming.push({ step, key: earliest });
  }
  return { now, overdue: sorted(overdue), dueNow: sorted(dueNow), upcoming: sorted(upcoming) };
}

interface Keyed {
  step: Step;
  key: number;
}

/** By key; the sort is stable, so equal keys keep the plan's order. */
function sorted(list: Keyed[]): Step[] {
  return list.sort((a, b) => a.key - b.key).map((k) => k.step);
}
