// Today: what is overdue, what is due now, the next seven days, and interviews coming up.
import type { ComponentChildren } from 'preact';
import { CHANNEL_NAMES, KIND_NAMES, when } from '../format.js';
import type { Route } from '../shell.js';
import { useData } from '../use-data.js';

export interface StepView {
  id: string;
  application: string;
  kind: string;
  to: string[];
  channel: string;
  earliest: string;
  due: string;
  state: string;
  reason: string;
}

interface TodayData {
  overdue: StepView[];
  dueNow: StepView[];
  upcoming: StepView[];
  counts: { overdue: number; dueNow: number; upcoming: number };
  interviews: Array<{ application: string; company: string; role: string; at: string }>;
  companies: Record<string, string>;
  zone: string;
}

/** Where a step's work is done: the draft editor, or the call script for a phone step. */
export function stepHref(step: Pick<StepView, 'id' | 'channel' | 'kind'>): string | undefined {
  if (step.kind === 'move-on') return undefined;
  const q = `step=${encodeURIComponent(step.id)}`;
  return step.channel === 'phone' ? `#/script?${q}` : `#/draft?${q}`;
}

export function StepItem(props: { step: StepView; company?: string; time: string; children?: ComponentChildren }) {
  const { step, company, time, children } = props;
  const href = stepHref(step);
  const to = step.to.length ? ` to ${step.to.join(' and ')}` : '';
  return (
    <li class={`step step-${step.state}`}>
      <div class="step-head">
        <strong>
          {KIND_NAMES[step.kind] ?? step.kind}
          {to}
        </strong>
        {company && <span class="company"> · {company}</span>}
      </div>
      <div class="step-when">
        {time} {CHANNEL_NAMES[step.channel]}
      </div>
      <p class="reason">{step.reason}</p>
      {href && (
        <a class="button" href={href}>
          {step.channel === 'phone' ? 'Open the call script' : 'Write it'}
          <span class="visually-hidden">
            : {KIND_NAMES[step.kind]}
            {to}
            {company ? ` at ${company}` : ''}
          </span>
        </a>
      )}
      {children}
    </li>
  );
}

export function Today(_props: { route: Route }) {
  const { data, error } = useData<TodayData>('/api/today');
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  const { zone, companies } = data;
  const section = (title: string, steps: StepView[], total: number, time: (s: StepView) => string, empty: string) => (
    <section aria-labelledby={`h-${title}`}>
      <h2 id={`h-${title}`}>
        {title} <span class="count">({total})</span>
      </h2>
      {steps.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <ul class="steps">
          {steps.map((s) => (
            <StepItem key={s.id} step={s} company={companies[s.application]} time={time(s)} />
          ))}
        </ul>
      )}
      {total > steps.length && (
        <p>
          …and {total - steps.length} more, on the <a href="#/board">board</a> and each application's page.
        </p>
      )}
    </section>
  );
  const nothing = !data.overdue.length && !data.dueNow.length && !data.upcoming.length && !data.interviews.length;
  return (
    <>
      <h1>Today</h1>
      {nothing && (
        <p>
          Nothing to do yet. <a href="#/add">Add an interview</a> or <a href="#/settings">import your data</a>.
        </p>
      )}
      {section('Overdue', data.overdue, data.counts.overdue, (s) => `Was due ${when(s.due, zone)}`, 'Nothing overdue.')}
      {section(
        'Due now',
        data.dueNow,
        data.counts.dueNow,
        (s) => `Due ${when(s.due, zone)}`,
        'Nothing is due right now.',
      )}
      {section(
        'Next 7 days',
        data.upcoming,
        data.counts.upcoming,
        (s) => `From ${when(s.earliest, zone)}`,
        'Nothing in the next week.',
      )}
      <section aria-labelledby="h-interviews">
        <h2 id="h-interviews">Interviews coming up</h2>
        {data.interviews.length === 0 ? (
          <p class="empty">No interview in the next week.</p>
        ) : (
          <ul>
            {data.interviews.map((i) => (
              <li key={`${i.application}${i.at}`}>
                <a href={`#/app/${encodeURIComponent(i.application)}`}>
                  {i.company}, {i.role}
                </a>{' '}
                — {when(i.at, zone)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
