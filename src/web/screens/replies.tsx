// Replies: check the mailbox now (and every few minutes while this screen is open); outcomes read in a
// reply (an offer, a rejection) are only proposed, and recorded when you confirm them.
import { useEffect, useState } from 'preact/hooks';
import { post } from '../api.js';
import { useShell } from '../shell.js';

interface Report {
  replies: Array<{ application: string; from?: string; at: string; event: { note?: string; autoReply?: boolean } }>;
  proposals: Array<{ key: string; application: string; outcome: string; from?: string; quote: string }>;
  confirmed: Array<{ application: string; outcome: string }>;
  scanned: number;
}

export default function Replies() {
  const { changed, reload } = useShell();
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [watch, setWatch] = useState(false);

  const sync = async () => {
    setBusy(true);
    try {
      const r = await post<Report>('/api/sync');
      setReport(r);
      setError('');
      if (r.replies.length) reload();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (!watch) return;
    const timer = setInterval(sync, 120_000);
    return () => clearInterval(timer);
  }, [watch]);

  const decide = async (key: string, accept: boolean) => {
    try {
      const r = await post<Report>('/api/outcomes', { key, accept });
      setReport(r);
      const done = r.confirmed[0];
      if (done) changed(`Recorded: ${done.application} ${done.outcome === 'offer' ? 'made an offer' : 'said no'}.`);
      else reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <>
      <h1>Replies</h1>
      <p>Followthrough reads your reply mailbox and matches answers to the messages you sent.</p>
      <button type="button" onClick={sync} disabled={busy}>
        {busy ? 'Checking…' : 'Check for replies now'}
      </button>{' '}
      <label class="check">
        <input type="checkbox" checked={watch} onChange={(e) => setWatch(e.currentTarget.checked)} /> Keep checking
        every two minutes while this page is open
      </label>
      {error && (
        <p role="alert" class="problem">
          {error}
        </p>
      )}
      {report && (
        <section aria-labelledby="h-found" aria-live="polite">
          <h2 id="h-found">Found</h2>
          <p>
            {report.replies.length
              ? `${report.replies.length} new message${report.replies.length === 1 ? '' : 's'}`
              : 'Nothing new'}{' '}
            ({report.scanned} checked).
          </p>
          <ul>
            {report.replies.map((r) => (
              <li key={`${r.application}${r.at}`}>
                <a href={`#/app/${encodeURIComponent(r.application)}`}>{r.application}</a>:{' '}
                {r.event.autoReply ? 'an automatic reply' : 'a reply'}
                {r.from ? ` from ${r.from}` : ''} — “{(r.event.note ?? '').slice(0, 160)}”
              </li>
            ))}
          </ul>
          {report.proposals.length > 0 && (
            <>
              <h2>Please confirm</h2>
              <ul>
                {report.proposals.map((p) => (
                  <li key={p.key}>
                    {p.application}: the reply{p.from ? ` from ${p.from}` : ''} reads as{' '}
                    {p.outcome === 'offer' ? 'an offer' : 'a no'}: “{p.quote}”{' '}
                    <button type="button" onClick={() => decide(p.key, true)}>
                      Yes, record it
                    </button>{' '}
                    <button type="button" class="secondary" onClick={() => decide(p.key, false)}>
                      No, it is not
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
