// Add an interview: to an application you have, or a new one. Each field is checked as it is typed with
// the same rules the server applies; the questions to ask before an interview ends stand beside the form.
import { useEffect, useState } from 'preact/hooks';
import { CHECKLIST } from '../../cli/checklist.js';
import { whenParts } from '../../core/calendar/format-when.js';
import { addInterviewSchema, personLineSchema } from '../../shared/api.js';
import { post } from '../api.js';
import { TimingReading } from '../live-timing.js';
import { type Route, useShell } from '../shell.js';
import { useData } from '../use-data.js';

type Reader = typeof import('../timing-reader.js');

function personProblem(line: string): string {
  if (!line.trim()) return '';
  const r = personLineSchema.safeParse(line);
  return r.success ? '' : (r.error.issues[0]?.message ?? 'not readable');
}

/** An ISO moment as the form shows it: "2026-11-17 10:00" in the candidate's zone (the core's whenParts). */
function localText(iso: string, zone: string): string {
  const p = whenParts(iso, zone);
  return p ? `${p.date} ${p.time}` : iso;
}

interface Stored {
  application: {
    company: string;
    interviews: Array<{
      at: string;
      format?: string;
      interviewers: Array<{ name: string }>;
      nextSteps: { expected?: string };
    }>;
  };
}

export default function AddInterview({ route }: { route: Route }) {
  const { session, changed } = useShell();
  const zone = session.profile?.timezone ?? 'UTC';
  const country = session.profile?.country ?? 'US';
  const board = useData<{ cards: Array<{ id: string; company: string; role: string }> }>('/api/board');
  const [application, setApplication] = useState(route.params.get('application') ?? '');
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [at, setAt] = useState('');
  const [people, setPeople] = useState<Array<{ key: number; text: string }>>([{ key: 0, text: '' }]);
  const [expected, setExpected] = useState('');
  const [format, setFormat] = useState('');
  const [error, setError] = useState('');
  const [reader, setReader] = useState<Reader | null>(null);
  // Editing round N of an application (from its page), or adding a new interview.
  const editing = Number(route.params.get('interview') ?? 0);
  const stored = useData<Stored>(
    editing && application ? `/api/applications/${encodeURIComponent(application)}` : undefined,
  );
  const old = editing ? stored.data?.application.interviews[editing - 1] : undefined;
  useEffect(() => {
    if (!old) return;
    setAt(localText(old.at, zone));
    setFormat(old.format ?? '');
    setExpected(old.nextSteps.expected ?? '');
  }, [old?.at]);
  useEffect(() => {
    import('../timing-reader.js').then(setReader);
  }, []);

  const read = reader && at.trim() ? reader.readMoment(at, zone, session.now, country) : undefined;
  const moment = read && 'iso' in read ? read : undefined;
  const atProblem = read && 'problem' in read ? read.problem : '';
  const problems = people.map((p) => personProblem(p.text));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (editing) {
      try {
        const r = await post<{ application: string; message: string }>('/api/interviews/edit', {
          application,
          interview: editing,
          at,
          expected,
          ...(format ? { format } : {}),
        });
        setError('');
        changed(r.message);
        location.hash = `#/app/${encodeURIComponent(r.application)}`;
      } catch (err) {
        setError((err as Error).message);
      }
      return;
    }
    const input = {
      ...(application ? { application } : { company, role }),
      at,
      interviewers: people.map((p) => p.text).filter((t) => t.trim()),
      ...(expected.trim() ? { expected } : {}),
      ...(format ? { format } : {}),
    };
    const checked = addInterviewSchema.safeParse(input);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      setError(`${issue?.path.join('.') || 'form'}: ${issue?.message}`);
      return;
    }
    try {
      const r = await post<{ application: string; message: string }>('/api/interviews', input);
      setError('');
      changed(r.message);
      location.hash = `#/app/${encodeURIComponent(r.application)}`;
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <div class="with-aside">
      <form onSubmit={submit} class="form" noValidate>
        <h1>{editing ? 'Edit the interview' : 'Add an interview'}</h1>
        {editing > 0 && old && (
          <p>
            Round {editing} at {stored.data?.application.company}, with{' '}
            {old.interviewers.map((p) => p.name).join(', ') || 'nobody named yet'}.
          </p>
        )}
        {!editing && (
          <label>
            Application
            <select value={application} onChange={(e) => setApplication(e.currentTarget.value)}>
              <option value="">A new application</option>
              {board.data?.cards.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.company}, {c.role}
                </option>
              ))}
            </select>
          </label>
        )}
        {!application && !editing && (
          <>
            <label>
              Company
              <input
                value={company}
                required
                onInput={(e) => setCompany(e.currentTarget.value)}
                autoComplete="organization"
              />
            </label>
            <label>
              Role
              <input value={role} required onInput={(e) => setRole(e.currentTarget.value)} />
            </label>
          </>
        )}
        <label>
          When (e.g. next tuesday 10am, or 2026-04-07 10:00)
          <input
            value={at}
            required
            aria-invalid={atProblem ? 'true' : undefined}
            aria-describedby="at-echo"
            onInput={(e) => setAt(e.currentTarget.value)}
          />
        </label>
        <p id="at-echo" class={atProblem ? 'problem' : 'reading'} aria-live="polite">
          {atProblem ? `When: ${atProblem}` : moment ? `Read as ${moment.echo}` : ''}
        </p>
        <label>
          How
          <select value={format} onChange={(e) => setFormat(e.currentTarget.value)}>
            <option value="">Not said</option>
            <option value="phone">Phone</option>
            <option value="video">Video</option>
            <option value="onsite">In person</option>
          </select>
        </label>
        {!editing && (
          <fieldset>
            <legend>Who you met (Name &lt;email&gt;, Title)</legend>
            {people.map((p, i) => (
              <div key={p.key} class="person-row">
                <label>
                  Person {i + 1}
                  <input
                    value={p.text}
                    aria-invalid={problems[i] ? 'true' : undefined}
                    aria-describedby={`person-${i}-problem`}
                    onInput={(e) => {
                      const text = e.currentTarget.value;
                      setPeople(people.map((q) => (q.key === p.key ? { ...q, text } : q)));
                    }}
                    placeholder="Maria Chen <maria@acme.example>, Controller"
                  />
                </label>
                <p id={`person-${i}-problem`} class="problem" aria-live="polite">
                  {problems[i] ? `Person ${i + 1}: ${problems[i]}` : ''}
                </p>
              </div>
            ))}
            <button
              type="button"
              class="secondary"
              onClick={() => setPeople([...people, { key: people.length, text: '' }])}
            >
              Add another person
            </button>
          </fieldset>
        )}
        <label>
          What they said about when you will hear back (their words)
          <input
            value={expected}
            onInput={(e) => setExpected(e.currentTarget.value)}
            aria-describedby="expected-reading"
          />
        </label>
        <TimingReading
          id="expected-reading"
          words={expected}
          from={moment?.iso ?? session.now}
          zone={zone}
          country={country}
        />
        {error && (
          <p role="alert" class="problem">
            {error}
          </p>
        )}
        <button type="submit">{editing ? 'Save the changes' : 'Save the interview'}</button>
      </form>
      <aside aria-labelledby="h-checklist" class="checklist">
        <h2 id="h-checklist">Before the interview ends, ask</h2>
        <ul>
          {CHECKLIST.map((item) => (
            <li key={item.id}>
              <strong>{item.ask}</strong>
              <span>{item.why}</span>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
