// The draft editor: the message for a step, reviewed in the page on every keystroke. Findings are marked in
// the text (a copy of it behind the transparent text box) and listed with their reason and a suggestion
// that one click applies. Below it, sending: a preview with To, Cc and Subject, then confirm (twice for a
// step that is not due yet), or take the message elsewhere (.eml, your mail program, a posted letter).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Document } from '../../core/document/schema.js';
import type { Finding, ReviewKind, ReviewResult } from '../../core/review/types.js';
import { post, stepQuery } from '../api.js';
import { KIND_NAMES, when } from '../format.js';
import type { ReviewClient } from '../live-review.js';
import { type Route, useShell } from '../shell.js';
import { useData } from '../use-data.js';
import type { StepView } from './today.js';

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

/** The reviewer's reply-likelihood signals that apply (a letter has no subject line to measure). */
function signals(result: ReviewResult): { score: number; of: number; notes: string[] } {
  const measured = result.signals.filter((x) => x.value !== null);
  return {
    score: measured.filter((x) => x.met).length,
    of: measured.length,
    notes: measured.filter((x) => !x.met).map((x) => x.reason),
  };
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
  const [ready, setReady] = useState(false);
  const [spelling, setSpelling] = useState(false);
  const [reviewed, setReviewed] = useState<{ text: string; result: ReviewResult } | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const back = useRef<HTMLDivElement>(null);
  const client = useRef<ReviewClient | null>(null);

  // The reviewer runs in its own thread (live-review.ts), loaded with its dictionary only for this screen.
  useEffect(() => {
    let live = true;
    import('../live-review.js').then(({ createReviewClient }) => {
      if (!live) return;
      client.current = createReviewClient({
        onResult: (text, result) => setReviewed({ text, result }),
        onSpelling: () => setSpelling(true),
      });
      setReady(true);
    });
    return () => {
      live = false;
      client.current?.close();
    };
  }, []);
  useEffect(() => {
    if (data) {
      setSubject(data.draft.subject);
      setBody(data.draft.body);
    }
  }, [data?.step.id]);

  // The text box grows with the text instead of scrolling: the marked copy behind it then wraps and sits
  // exactly as the text does (a scrollbar would narrow one of them).
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [body]);

  // Reviewed as it will be sent: the subject line, a blank line, the body (offsets are into all of it).
  const head = data?.draft.channel === 'email' && subject.trim() ? `Subject: ${subject}\n\n` : '';
  useEffect(() => {
    if (!ready || !data) return;
    client.current?.setContext({
      document: doc.data,
      application: data.context.application,
      to: data.context.to,
      kind: data.context.kind as ReviewKind,
    });
  }, [ready, doc.data, data]);
  useEffect(() => {
    if (ready && data) client.current?.review(head + body);
  }, [ready, head, body, doc.data, data]);
  // Findings of an older text (the answer for the newest is a few milliseconds away) are not painted.
  const result = reviewed?.result;
  const fresh = reviewed?.text === head + body;

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
  // Findings in the body, with offsets into the body; those about the subject line are listed apart.
  // Offsets are into the text that was reviewed; its body starts after its own subject line.
  const all = result?.findings ?? [];
  const reviewedText = reviewed?.text ?? '';
  const rHead = reviewedText.startsWith('Subject: ') ? reviewedText.slice(0, reviewedText.indexOf('\n\n') + 2) : '';
  const reviewedBody = reviewedText.slice(rHead.length);
  const findings = all
    .filter((f) => f.start >= rHead.length)
    .map((f) => ({ ...f, start: f.start - rHead.length, end: f.end - rHead.length }));
  const aboutSubject = all.filter((f) => f.start < rHead.length);

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
      <div class="editor" data-reviewed={fresh ? 'yes' : 'no'}>
        <div class="backdrop" ref={back} aria-hidden="true">
          <Marked text={body} findings={fresh ? findings : []} />
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
            <meter
              id="reply-meter"
              min={0}
              max={meter.of}
              low={meter.of / 2}
              high={meter.of - 1}
              optimum={meter.of}
              value={meter.score}
            >
              {meter.score} of {meter.of}
            </meter>{' '}
            {meter.score} of {meter.of}. {meter.notes.join(' ')}
          </p>
        )}
        <p id="findings-summary" aria-live="polite">
          {!result
            ? 'The reviewer is loading…'
            : all.length === 0
              ? 'Nothing to fix.'
              : `${all.length} thing${all.length === 1 ? '' : 's'} to look at.`}
          {result && !spelling ? ' (Spelling is checked once the dictionary has loaded.)' : ''}
        </p>
        <ul class="findings">
          {aboutSubject.map((f) => (
            <li key={`s${f.rule}${f.start}`} class={`finding sev-${f.severity}`} data-rule={f.rule}>
              Subject: {f.message}
            </li>
          ))}
          {findings.map((f) => (
            <li key={`${f.rule}${f.start}`} class={`finding sev-${f.severity}`} data-rule={f.rule}>
              {f.end - f.start <= MARK_LIMIT && <q>{quoteOf(reviewedBody, f)}</q>} {f.message}
              {f.suggestions && f.suggestions.length > 0 && (
                <div class="suggestions">
                  {f.suggestions.slice(0, 3).map((s) => (
                    <button type="button" key={s} class="secondary" disabled={!fresh} onClick={() => apply(f, s)}>
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
