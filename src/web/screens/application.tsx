// One application: interviews (people, topics, debrief), the employer's words about timing with the date we
// read from them, the plan as a timeline with each step's reason, and what happened (replies, events).
import { useState } from 'preact/hooks';
import { day, KIND_NAMES, when } from '../format.js';
import { TimingReading } from '../live-timing.js';
import type { Route } from '../shell.js';
import { useChange, useData } from '../use-data.js';
import { StepItem, type StepView } from './today.js';

interface Person {
  name: string;
  title?: string;
  email?: string;
  topics: string[];
}
interface Interview {
  at: string;
  round?: number;
  format?: string;
  interviewers: Person[];
  nextSteps: { expected?: string; channel: string };
  debrief: { wentWell: string[]; wentPoorly: string[]; stoodOut: string[]; forgotToMention: string[] };
}
interface AppData {
  application: {
    id: string;
    company: string;
    role: string;
    status: string;
    interviews: Interview[];
    events: Array<{ at: string; type: string; kind?: string; from?: string; to?: string; note?: string }>;
  };
  steps: StepView[];
  zone: string;
  country: string;
}

const STATE_NAMES: Record<string, string> = {
  pending: 'To do',
  overdue: 'Overdue',
  done: 'Done',
  cancelled: 'Not needed',
};

const DEBRIEF: Array<[keyof Interview['debrief'], string]> = [
  ['wentWell', 'Went well'],
  ['wentPoorly', 'Went less well'],
  ['stoodOut', 'Stood out'],
  ['forgotToMention', 'Forgot to mention'],
];

function LogForm({ id }: { id: string }) {
  const { error, run } = useChange();
  const [type, setType] = useState('replied');
  const [noteText, setNote] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await run('/api/events', { application: id, type, note: noteText })) setNote('');
  };
  return (
    <form onSubmit={submit} class="inline-form">
      <label>
        What happened
        <select value={type} onChange={(e) => setType(e.currentTarget.value)}>
          <option value="replied">They replied</option>
          <option value="next-round">They asked for another round</option>
          <option value="offer">They made an offer</option>
          <option value="rejected">They said no</option>
          <option value="withdrawn">I withdrew</option>
        </select>
      </label>
      <label>
        Note (optional)
        <input value={noteText} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit">Record it</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

/** Done (it happened outside Followthrough), skip, or wait until a later day. */
function StepActions({ step }: { step: StepView }) {
  const { error, run } = useChange();
  const [snoozing, setSnoozing] = useState(false);
  const [until, setUntil] = useState('');
  if (step.state !== 'pending' && step.state !== 'overdue') return null;
  const act = (action: string, extra: Record<string, string> = {}) =>
    run(`/api/steps/${action}`, { step: step.id, ...extra });
  const what = `${KIND_NAMES[step.kind] ?? step.kind}${step.to.length ? ` to ${step.to.join(' and ')}` : ''}`;
  return (
    <div class="step-actions">
      <button type="button" class="secondary" onClick={() => act('done')}>
        {step.kind === 'move-on' ? 'Close the application' : 'Mark done'}
        <span class="visually-hidden">: {what}</span>
      </button>{' '}
      {step.kind !== 'move-on' && (
        <button type="button" class="secondary" onClick={() => act('skip')}>
          Skip<span class="visually-hidden">: {what}</span>
        </button>
      )}{' '}
      <button type="button" class="secondary" onClick={() => setSnoozing(!snoozing)} aria-expanded={snoozing}>
        Later…<span class="visually-hidden"> ({what})</span>
      </button>
      {snoozing && (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            act('snooze', { until });
          }}
        >
          <label>
            Wait until
            <input type="date" value={until} onInput={(e) => setUntil(e.currentTarget.value)} required />
          </label>
          <button type="submit">Move it</button>
        </form>
      )}
      {error && (
        <p role="alert" class="problem">
          {error}
        </p>
      )}
    </div>
  );
}

/** Correct a person met (name, title, email), or take them off the interview. */
function PersonEditor({ id, round, person }: { id: string; round: number; person: Person }) {
  const { error, run } = useChange();
  const [name, setName] = useState(person.name);
  const [title, setTitle] = useState(person.title ?? '');
  const [email, setEmail] = useState(person.email ?? '');
  const send = (extra: { remove?: boolean }) =>
    run('/api/people/edit', {
      application: id,
      interview: round,
      person: person.name,
      ...(extra.remove ? { remove: true } : { name, title, email }),
    });
  return (
    <details class="person-editor">
      <summary>Correct {person.name}</summary>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void send({});
        }}
      >
        <label>
          Name
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} required />
        </label>
        <label>
          Title
          <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label>
          Email
          <input type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <button type="submit">Save</button>
        <button type="button" class="secondary" onClick={() => void send({ remove: true })}>
          Not at this interview
        </button>
        {error && (
          <p role="alert" class="problem">
            {error}
          </p>
        )}
      </form>
    </details>
  );
}

/** Deletes the application after a confirmation; Undo in the bar brings it back. */
function RemoveApplication({ id, company }: { id: string; company: string }) {
  const { error, run } = useChange();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" class="secondary" onClick={() => setAsking(true)}>
        Remove this application
      </button>
    );
  return (
    <fieldset>
      <legend>Remove {company} with its interviews and history?</legend>
      <button
        type="button"
        onClick={async () => {
          if (await run('/api/applications/remove', { application: id })) window.location.hash = '#/board';
        }}
      >
        Yes, remove it
      </button>{' '}
      <button type="button" class="secondary" onClick={() => setAsking(false)}>
        Keep it
      </button>
      {error && (
        <span role="alert" class="problem">
          {' '}
          {error}
        </span>
      )}
    </fieldset>
  );
}

function DebriefForm({ id, round }: { id: string; round: number }) {
  const { error, run } = useChange();
  const [key, setKey] = useState<string>('wentWell');
  const [text, setText] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await run('/api/debrief', { application: id, interview: round, key, text })) setText('');
  };
  return (
    <form onSubmit={submit} class="inline-form">
      <label>
        Add to the debrief
        <select value={key} onChange={(e) => setKey(e.currentTarget.value)}>
          {DEBRIEF.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        What
        <input value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="submit">Add</button>
      {error && (
        <p role="alert" class="problem">
          {error}
        </p>
      )}
    </form>
  );
}

export default function ApplicationScreen({ route }: { route: Route }) {
  const id = route.path[1] ?? '';
  const { data, error } = useData<AppData>(`/api/applications/${encodeURIComponent(id)}`);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  const { application: app, steps, zone } = data;
  return (
    <>
      <h1>
        {app.company} <span class="sub">{app.role}</span>
      </h1>
      <p>
        Status: <strong>{app.status}</strong> ·{' '}
        <a href={`#/add?application=${encodeURIComponent(app.id)}`}>Add an interview</a>
      </p>
      <section aria-labelledby="h-plan">
        <h2 id="h-plan">The plan</h2>
        <ol class="timeline">
          {steps.map((s) => (
            <StepItem
              key={s.id}
              step={s}
              time={`${STATE_NAMES[s.state] ?? s.state}: ${s.state === 'done' ? '' : `from ${when(s.earliest, zone)}, by ${when(s.due, zone)}`}`}
            >
              <StepActions step={s} />
            </StepItem>
          ))}
        </ol>
      </section>
      <section aria-labelledby="h-interviews">
        <h2 id="h-interviews">Interviews</h2>
        {app.interviews.map((iv, n) => (
          <article key={iv.at} class="interview" aria-labelledby={`iv-${n}`}>
            <h3 id={`iv-${n}`}>
              Round {iv.round ?? n + 1}: {when(iv.at, zone)} {iv.format ? `(${iv.format})` : ''}
            </h3>
            <h4>People met</h4>
            <ul>
              {iv.interviewers.map((p) => (
                <li key={p.name}>
                  {p.name}
                  {p.title ? `, ${p.title}` : ''}
                  {p.topics.length > 0 && <span class="topics"> — talked about {p.topics.join('; ')}</span>}
                  <PersonEditor id={app.id} round={n + 1} person={p} />
                </li>
              ))}
            </ul>
            <h4>What they said about timing</h4>
            {iv.nextSteps.expected ? (
              <>
                <p class="quote">“{iv.nextSteps.expected}”</p>
                <TimingReading words={iv.nextSteps.expected} from={iv.at} zone={zone} country={data.country} />
              </>
            ) : (
              <p class="empty">Nothing recorded.</p>
            )}
            {DEBRIEF.some(([k]) => iv.debrief[k].length > 0) && (
              <>
                <h4>Debrief</h4>
                <dl>
                  {DEBRIEF.filter(([k]) => iv.debrief[k].length).map(([k, label]) => (
                    <div key={k}>
                      <dt>{label}</dt>
                      <dd>{iv.debrief[k].join('; ')}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
            <p>
              <a href={`#/add?application=${encodeURIComponent(app.id)}&interview=${n + 1}`}>
                Edit round {iv.round ?? n + 1}
              </a>
            </p>
            <DebriefForm id={app.id} round={n + 1} />
          </article>
        ))}
      </section>
      <section aria-labelledby="h-events">
        <h2 id="h-events">Replies and events</h2>
        {app.events.length === 0 ? (
          <p class="empty">Nothing yet.</p>
        ) : (
          <ul>
            {app.events.map((e) => (
              <li key={`${e.at}${e.type}${e.kind ?? ''}`}>
                {day(e.at, zone)}: {e.type}
                {e.kind ? ` (${KIND_NAMES[e.kind] ?? e.kind})` : ''}
                {e.from ? ` from ${e.from}` : ''}
                {e.to ? ` to ${e.to}` : ''}
                {e.note ? ` — “${e.note.slice(0, 200)}”` : ''}
              </li>
            ))}
          </ul>
        )}
        <LogForm id={app.id} />
      </section>
      <section aria-labelledby="h-remove">
        <h2 id="h-remove">Remove</h2>
        <RemoveApplication id={app.id} company={app.company} />
      </section>
    </>
  );
}
