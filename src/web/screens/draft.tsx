// The draft editor: the message for a step, reviewed in the page on every keystroke. Findings are marked in
// the text (a copy of it behind the transparent text box) and listed with their reason and a suggestion
// that one click applies. Below it, sending: a preview with To, Cc and Subject, then confirm (twice for a
// step that is not due yet), or take the message elsewhere (.eml, your mail program, a posted letter).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Document } from '../../core/document/schema.js';
import type { Finding, ReviewResult } from '../../core/review/types.js';
import { post, stepQuery } from '../api.js';
import { KIND_NAMES, when } from '../format.js';
import { type Route, useShell } from '../shell.js';
import { useData } from '../use-data.js';
import type { StepView } from './today.js';

type Reviewer = typeof import('../reviewer.js');

interface Address {
  name?: string;
  address: string;
}
interface DraftData {
  step: StepView;
  company: string;
  draft: { to: string; subject: string; body: string; kind: string; channel: string };
  recipients: { to: Address[]; cc: Address[] };
  notYetDue: boolean;
  sent?: { at: string; messageId: string };
  mailto: string;
  zone: string;
  context: { application: string; to: string; kind: string };
}

/** Findings about the whole message (its length, say) are listed, not painted over the text. */
const MARK_LIMIT = 300;
const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** The spans to paint: the most severe wins where two overlap. */
function marksOf(findings: Finding[]): Finding[] {
  const chosen: Finding[] = [];
  const bySeverity = [...findings].sort(
    (a, b) => (RANK[a.severity] ?? 3) - (RANK[b.severity] ?? 3) || a.start - b.start,
  );
  for (const f of bySeverity) {
    if (f.end <= f.start || f.end - f.start > MARK_LIMIT) continue;
    if (chosen.some((c) => f.start < c.end && c.start < f.end)) continue;
    chosen.push(f);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function Marked({ text, findings }: { text: string; findings: Finding[] }) {
  const parts: preact.JSX.Element[] = [];
  let at = 0;
  for (const f of marksOf(findings)) {
    parts.push(<span key={`t${f.start}`}>{text.slice(at, f.start)}</span>);
    parts.push(
      <mark key={`m${f.start}`} class={`sev-${f.severity}`}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(<span key="end">{text.slice(at)}</span>);
  // A trailing newline would collapse; the space keeps both layers the same height.
  return <>{parts} </>;
}

function quoteOf(text: string, f: Finding): string {
  const q = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
  return q.length > 90 ? `${q.slice(0, 60)} … ${q.slice(-20)}` : q;
}

function addressLine(list: Address[]): string {
  return list.map((a) => (a.name ? `${a.name} <${a.address}>` : a.address)).join(', ');
}

/** How many of the signals that make a reply likelier the message shows (0–4). */
function signals(result: ReviewResult): { score: number; notes: string[] } {
  const notes: string[] = [];
  let score = 0;
  const words = result.stats.words;
  if (words >= 50 && words <= 200) score++;
  else notes.push(words < 50 ? 'It is very short.' : 'It is long: under 200 words reads best.');
  if (result.stats.readingGrade <= 10) score++;
  else notes.push('Shorter sentences would read more easily.');
  if (!result.findings.some((f) => f.severity === 'error')) score++;
  else notes.push('Fix the problems marked in red.');
  if (!result.findings.some((f) => f.category === 'personalization' || f.category === 'names')) score++;
  else notes.push('Make it more personal: names and what you talked about.');
  return { score, notes };
}

function Sending({ data, subject, body }: { data: DraftData; subject: string; body: string }) {
  const { changed } = useShell();
  const [stage, setStage] = useState<'idle' | 'confirm' | 'early'>('idle');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const q = stepQuery(data.step.id);
  const send = async () => {
    setBusy(true);
    try {
      const r = await post<{ message: string }>('/api/send', {
        step: data.step.id,
        subject,
        body,
        early: data.notYetDue,
      });
      setStage('idle');
      setError('');
      // An email that has gone cannot be taken back: no Undo button for it.
      changed(r.message, false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  if (data.step.channel !== 'email') {
    return (
      <section aria-labelledby="h-send">
        <h2 id="h-send">Sending</h2>
        {data.step.channel === 'mail' ? (
          <>
            <p>This one goes by post: print the letter, sign it and post it by {when(data.step.due, data.zone)}.</p>
            <p>
              <a class="button" href={`/api/letter?${q}&download=1`} download>
                Download the letter (PDF)
              </a>
            </p>
            <iframe title="The letter, as it will print" class="pdf" src={`/api/letter?${q}`} />
          </>
        ) : (
          <p>
            This step goes{' '}
            {data.step.channel === 'portal' ? 'through their portal: copy the text there' : `by ${data.step.channel}`}.
          </p>
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="h-send">
      <h2 id="h-send">Sending</h2>
      {data.sent && <p class="ok">Sent on {when(data.sent.at, data.zone)}.</p>}
      <dl class="preview">
        <div>
          <dt>To</dt>
          <dd>{addressLine(data.recipients.to) || 'no email address on file'}</dd>
        </div>
        {data.recipients.cc.length > 0 && (
          <div>
            <dt>Cc</dt>
            <dd>{addressLine(data.recipients.cc)}</dd>
          </div>
        )}
        <div>
          <dt>Subject</dt>
          <dd>{subject}</dd>
        </div>
      </dl>
      {data.notYetDue && (
        <p class="warning">
          This is not due yet: it is meant for {when(data.step.earliest, data.zone)} or later. Sending early can look
          impatient.
        </p>
      )}
      {!data.sent && stage === 'idle' && (
        <button type="button" onClick={() => setStage('confirm')}>
          Send…
        </button>
      )}
      {stage === 'confirm' && (
        <fieldset class="confirm">
          <legend>Confirm sending</legend>
          <p>Send this to {addressLine([...data.recipients.to, ...data.recipients.cc])}?</p>
          <button type="button" disabled={busy} onClick={() => (data.notYetDue ? setStage('early') : send())}>
            Yes, send it
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setStage('idle')}>
            Cancel
          </button>
        </fieldset>
      )}
      {stage === 'early' && (
        <fieldset class="confirm">
          <legend>Confirm sending early</legend>
          <p>It is not due until {when(data.step.earliest, data.zone)}. Send it now anyway?</p>
          <button type="button" disabled={busy} onClick={send}>
            Send it early
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setStage('idle')}>
            Wait
          </button>
        </fieldset>
      )}
      {error && (
        <p role="alert" class="problem">
          {error}
        </p>
      )}
      <p class="other-ways">
        Or: <a href={`/api/eml?${q}`}>download it as an .eml file</a> ·{' '}
        {data.mailto && <a href={data.mailto}>open it in your mail program</a>} ·{' '}
        <a href={`/api/letter?${q}`} target="_blank" rel="noopener">
          see it as a posted letter (PDF)
        </a>
      </p>
    </section>
  );
}

export default function DraftScreen({ route }: { route: Route }) {
  const stepId = route.params.get('step') ?? '';
  const { data, error } = useData<DraftData>(stepId ? `/api/draft?${stepQuery(stepId)}` : undefined);
  const doc = useData<Document>('/api/export');
  const [reviewer, setReviewer] = useState<Reviewer | null>(null);
  const [spelling, setSpelling] = useState(false);
  const [suggestions, setSuggestions] = useState(0);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const back = useRef<HTMLDivElement>(null);

  useEffect(() => {
    import('../reviewer.js').then((r) => {
      setReviewer(r);
      r.onSuggestions(() => setSuggestions((n) => n + 1));
      r.loadSpeller().then((s) => setSpelling(Boolean(s)));
    });
    return () => {
      import('../reviewer.js').then((r) => r.onSuggestions(undefined));
    };
  }, []);
  useEffect(() => {
    if (data) {
      setSubject(data.draft.subject);
      setBody(data.draft.body);
    }
  }, [data?.step.id]);

  const result = useMemo(() => {
    if (!reviewer || !data) return undefined;
    return reviewer.review(body, {
      document: doc.data,
      application: data.context.application,
      to: data.context.to,
      kind: data.context.kind as never,
    });
    // `suggestions` changes when spelling suggestions looked up after a pause are ready.
  }, [reviewer, body, doc.data, data, spelling, suggestions]);

  if (!stepId)
    return (
      <p>
        Choose a step on <a href="#/today">Today</a> first.
      </p>
    );
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;

  const apply = (f: Finding, suggestion: string) => {
    let end = f.end;
    if (suggestion.endsWith('…') && body[end] === '.') end++;
    const next = body.slice(0, f.start) + suggestion + body.slice(end);
    setBody(next);
    requestAnimationFrame(() => {
      const el = area.current;
      if (!el) return;
      el.focus();
      const gap = suggestion.indexOf('…');
      const at = f.start + (gap >= 0 ? gap : suggestion.length);
      el.setSelectionRange(at, gap >= 0 ? at + 1 : at);
    });
  };
  const meter = result ? signals(result) : undefined;
  const findings = result?.findings ?? [];

  return (
    <>
      <h1>
        {KIND_NAMES[data.step.kind] ?? data.step.kind} to {data.draft.to} <span class="sub">{data.company}</span>
      </h1>
      <p class="reason">{data.step.reason}</p>
      {data.draft.channel === 'email' && (
        <label>
          Subject
          <input value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
        </label>
      )}
      <label for="draft-body">Message</label>
      <div class="editor">
        <div class="backdrop" ref={back} aria-hidden="true">
          <Marked text={body} findings={findings} />
        </div>
        <textarea
          id="draft-body"
          ref={area}
          value={body}
          spellcheck={false}
          aria-describedby="findings-summary"
          onInput={(e) => setBody(e.currentTarget.value)}
          onScroll={(e) => {
            if (back.current) back.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <section aria-labelledby="h-review" class="review">
        <h2 id="h-review">Review</h2>
        {meter && (
          <p class="meter">
            <label for="reply-meter">Signals that make a reply likelier</label>{' '}
            <meter id="reply-meter" min={0} max={4} low={2} high={3} optimum={4} value={meter.score}>
              {meter.score} of 4
            </meter>{' '}
            {meter.score} of 4. {meter.notes.join(' ')}
          </p>
        )}
        <p id="findings-summary" aria-live="polite">
          {!result
            ? 'The reviewer is loading…'
            : findings.length === 0
              ? 'Nothing to fix.'
              : `${findings.length} thing${findings.length === 1 ? '' : 's'} to look at.`}
          {result && !spelling ? ' (Spelling is checked once the dictionary has loaded.)' : ''}
        </p>
        <ul class="findings">
          {findings.map((f) => (
            <li key={`${f.rule}${f.start}`} class={`finding sev-${f.severity}`} data-rule={f.rule}>
              {f.end - f.start <= MARK_LIMIT && <q>{quoteOf(body, f)}</q>} {f.message}
              {f.suggestions && f.suggestions.length > 0 && (
                <div class="suggestions">
                  {f.suggestions.slice(0, 3).map((s) => (
                    <button type="button" key={s} class="secondary" onClick={() => apply(f, s)}>
                      Use “{s}”
                    </button>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      <Sending data={data} subject={subject} body={body} />
    </>
  );
}
