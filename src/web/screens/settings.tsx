// Data and settings: import and export your record, your profile, the mail servers (passwords are kept by
// the server and never shown again), and the planner's rules with the ranges each one accepts.
import { useEffect, useState } from 'preact/hooks';
import { policySchema } from '../../core/plan/policy.js';
import { post } from '../api.js';
import { useShell } from '../shell.js';
import { useData } from '../use-data.js';

interface Server {
  host: string;
  port?: number;
  secure: boolean;
  user: string;
  hasPassword: boolean;
  from?: string;
  mailbox?: string;
}
interface SettingsData {
  path: string;
  smtp?: Server;
  imap?: Server;
  policy: Record<string, unknown>;
}

function useSubmit() {
  const { changed } = useShell();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const run = async (fn: () => Promise<{ message: string }>, undoable = true) => {
    try {
      const r = await fn();
      setError('');
      if (undoable) changed(r.message);
      else setMessage(r.message);
    } catch (e) {
      setError((e as Error).message);
      setMessage('');
    }
  };
  const status = (
    <>
      {message && <p role="status">{message}</p>}
      {error && (
        <p role="alert" class="problem">
          {error}
        </p>
      )}
    </>
  );
  return { run, status };
}

function ImportExport() {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [file, setFile] = useState<File | null>(null);
  const { run, status } = useSubmit();
  const submit = (e: Event) => {
    e.preventDefault();
    run(async () => {
      if (!file) throw new Error('file: choose a .json file first');
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch {
        throw new Error(`file: ${file.name} is not JSON`);
      }
      return post('/api/import', { document, mode });
    });
  };
  return (
    <section aria-labelledby="h-data">
      <h2 id="h-data">Your data</h2>
      <form onSubmit={submit} class="form">
        <label>
          Import a Followthrough file (.json)
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <fieldset>
          <legend>How</legend>
          <label class="check">
            <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Add to what
            is here (same ids are replaced)
          </label>
          <label class="check">
            <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace
            everything
          </label>
        </fieldset>
        <button type="submit">Import</button>
        {status}
      </form>
      <p>
        <a class="button secondary" href="/api/export" download="followthrough.json">
          Export everything (.json)
        </a>
      </p>
    </section>
  );
}

function Profile() {
  const { session } = useShell();
  const p = session.profile;
  const [name, setName] = useState(p?.name ?? '');
  const [email, setEmail] = useState(p?.email ?? '');
  const [timezone, setTimezone] = useState(p?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [country, setCountry] = useState(p?.country ?? 'US');
  const { run, status } = useSubmit();
  return (
    <section aria-labelledby="h-profile">
      <h2 id="h-profile">Your profile</h2>
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => post('/api/profile', { name, email, timezone, country }));
        }}
      >
        <label>
          Name
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} autoComplete="name" required />
        </label>
        <label>
          Email
          <input type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} autoComplete="email" />
        </label>
        <label>
          Time zone
          <input value={timezone} onInput={(e) => setTimezone(e.currentTarget.value)} />
        </label>
        <label>
          Country (for public holidays, e.g. US or US-CA)
          <input value={country} onInput={(e) => setCountry(e.currentTarget.value)} />
        </label>
        <button type="submit">Save the profile</button>
        {status}
      </form>
    </section>
  );
}

function MailServer({ which, current }: { which: 'smtp' | 'imap'; current?: Server }) {
  const [host, setHost] = useState(current?.host ?? '');
  const [port, setPort] = useState(String(current?.port ?? (which === 'smtp' ? 587 : 993)));
  const [secure, setSecure] = useState(current?.secure ?? which === 'imap');
  const [user, setUser] = useState(current?.user ?? '');
  const [password, setPassword] = useState('');
  const [extra, setExtra] = useState(which === 'smtp' ? (current?.from ?? '') : (current?.mailbox ?? 'INBOX'));
  const save = useSubmit();
  const test = useSubmit();
  const title = which === 'smtp' ? 'Sending mail (SMTP)' : 'Reading replies (IMAP)';
  return (
    <section aria-labelledby={`h-${which}`}>
      <h2 id={`h-${which}`}>{title}</h2>
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.run(async () => {
            const r = await post<{ message: string }>('/api/settings', {
              [which]: {
                host,
                port,
                secure,
                user,
                password,
                ...(which === 'smtp' ? { from: extra } : { mailbox: extra }),
              },
            });
            setPassword('');
            return r;
          }, false);
        }}
      >
        <label>
          Server
          <input value={host} onInput={(e) => setHost(e.currentTarget.value)} placeholder="mail.example.com" />
        </label>
        <label>
          Port
          <input inputMode="numeric" value={port} onInput={(e) => setPort(e.currentTarget.value)} />
        </label>
        <label class="check">
          <input type="checkbox" checked={secure} onChange={(e) => setSecure(e.currentTarget.checked)} /> Encrypted from
          the start (TLS)
        </label>
        <label>
          User name
          <input value={user} onInput={(e) => setUser(e.currentTarget.value)} autoComplete="username" />
        </label>
        <label>
          Password
          <input
            type="password"
            value={password}
            autoComplete="current-password"
            placeholder={current?.hasPassword ? 'Saved. Leave empty to keep it.' : ''}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <label>
          {which === 'smtp' ? 'From (e.g. Dana Reyes <dana@example.com>)' : 'Folder where replies arrive'}
          <input value={extra} onInput={(e) => setExtra(e.currentTarget.value)} />
        </label>
        <button type="submit">Save</button>{' '}
        <button
          type="button"
          class="secondary"
          onClick={() => test.run(() => post(`/api/settings/test/${which}`), false)}
        >
          Test the connection
        </button>
        {save.status}
        {test.status}
      </form>
    </section>
  );
}

/** The planner's rules in plain words (the key is what the config file and docs/POLICY.md call it). */
const POLICY_LABELS: Record<string, string> = {
  thankYouChannel: 'How thank-you notes go',
  thankYouMaxHours: 'Hours after the interview by which a thank-you is due',
  noTimelineDays: 'Days before the first check-in when they gave no date',
  fewDaysDays: 'Days before checking in after "within a few days"',
  afterStatedBusinessDays: 'Business days to wait after the date they gave',
  followUpSpacingDays: 'Days between later follow-ups',
  longProcessSpacingDays: 'Days between follow-ups in a long process',
  longProcessThresholdDays: 'A process this many days long counts as long',
  maxTouches: 'Unanswered follow-ups before moving on',
  moveOnAfterDays: 'Days after the last follow-up before moving on',
  silenceStopDays: 'Days of silence after which to stop',
  nextRoundCheckInDays: 'Days before asking about a promised next round',
  offerNoticeBusinessDays: 'Business days of notice to other employers before an offer deadline',
  graciousCloseBusinessDays: 'Business days to reply graciously after a no',
};

interface PolicyKey {
  key: string;
  min?: number;
  max?: number;
  choices?: string[];
}

/** The planner's rules with their ranges, read from the same schema the server validates with. */
function policyKeys(): PolicyKey[] {
  const shape = policySchema.shape as Record<string, unknown>;
  return Object.entries(shape).flatMap(([key, field]): PolicyKey[] => {
    const inner = (field as { unwrap?: () => unknown }).unwrap?.() ?? field;
    const f = inner as { minValue?: number | null; maxValue?: number | null; options?: string[] };
    if (Array.isArray(f.options)) return [{ key, choices: f.options }];
    if (typeof f.minValue === 'number') return [{ key, min: f.minValue, max: f.maxValue ?? undefined }];
    return [];
  });
}

function Policy({ current }: { current: Record<string, unknown> }) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(current).map(([k, v]) => [k, typeof v === 'object' ? '' : String(v)])),
  );
  const { run, status } = useSubmit();
  const keys = policyKeys();
  const submit = (e: Event) => {
    e.preventDefault();
    const policy: Record<string, unknown> = { ...current };
    for (const k of keys) {
      const v = values[k.key]?.trim();
      if (!v) delete policy[k.key];
      else policy[k.key] = k.choices ? v : Number(v);
    }
    run(() => post('/api/settings', { policy }), false);
  };
  return (
    <section aria-labelledby="h-policy">
      <h2 id="h-policy">The planner's rules</h2>
      <p>Leave a box empty to use the advice's default.</p>
      <form class="form policy" onSubmit={submit}>
        {keys.map((k) => (
          <div key={k.key}>
            <label for={`policy-${k.key}`}>
              {POLICY_LABELS[k.key] ?? k.key} {k.choices ? `(${k.choices.join(' or ')})` : `(${k.min} to ${k.max})`}
            </label>
            {k.choices ? (
              <select
                id={`policy-${k.key}`}
                value={values[k.key] ?? ''}
                onChange={(e) => setValues({ ...values, [k.key]: e.currentTarget.value })}
              >
                <option value="">Default</option>
                {k.choices.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            ) : (
              <input
                id={`policy-${k.key}`}
                type="number"
                min={k.min}
                max={k.max}
                value={values[k.key] ?? ''}
                onInput={(e) => setValues({ ...values, [k.key]: e.currentTarget.value })}
              />
            )}
          </div>
        ))}
        <button type="submit">Save the rules</button>
        {status}
      </form>
    </section>
  );
}

export default function Settings() {
  const { data, error } = useData<SettingsData>('/api/settings');
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(Boolean(data)), [data]);
  return (
    <>
      <h1>Data and settings</h1>
      <ImportExport />
      <Profile />
      {error && <p role="alert">{error}</p>}
      {ready && data && (
        <>
          <MailServer which="smtp" current={data.smtp} />
          <MailServer which="imap" current={data.imap} />
          <Policy current={data.policy} />
          <p class="small">Settings are kept in {data.path}.</p>
        </>
      )}
    </>
  );
}
