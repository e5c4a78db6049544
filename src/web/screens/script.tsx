// The call script and a rehearsal recorder: read it aloud, play it back, try again. Recordings stay in this
// page's memory; nothing is uploaded, and they are gone when you leave the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { stepQuery } from '../api.js';
import type { Route } from '../shell.js';
import { useData } from '../use-data.js';

interface Script {
  company: string;
  to: string;
  toPhone?: string;
  opening: string;
  branches: Array<{ id: string; when: string; say: string[] }>;
  voicemail: string;
  rehearsal: string;
}

function Recorder() {
  const [state, setState] = useState<'idle' | 'recording' | 'done'>('idle');
  const [url, setUrl] = useState('');
  const [bytes, setBytes] = useState(0);
  const [error, setError] = useState('');
  const recorder = useRef<MediaRecorder | null>(null);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const start = async () => {
    setError('');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const rec = new MediaRecorder(stream);
      const chunks: Blob[] = [];
      rec.ondataavailable = (e) => chunks.push(e.data);
      rec.onstop = () => {
        for (const t of stream.getTracks()) t.stop();
        const blob = new Blob(chunks, { type: rec.mimeType });
        setBytes(blob.size);
        setUrl(URL.createObjectURL(blob));
        setState('done');
      };
      recorder.current = rec;
      rec.start();
      setState('recording');
    } catch (e) {
      setError(
        `microphone: ${(e as Error).message || 'not available'}. Allow the microphone for this page and try again.`,
      );
    }
  };
  const stop = () => recorder.current?.stop();
  return (
    <section aria-labelledby="h-rehearse" class="recorder">
      <h2 id="h-rehearse">Rehearse</h2>
      <p>Read the script aloud, then listen to yourself. The recording stays on this computer.</p>
      {state !== 'recording' && (
        <button type="button" onClick={start}>
          {state === 'done' ? 'Try again' : 'Record'}
        </button>
      )}
      {state === 'recording' && (
        <button type="button" onClick={stop}>
          Stop
        </button>
      )}
      <p aria-live="polite">
        {state === 'recording' ? 'Recording…' : state === 'done' ? 'Recorded. Play it back:' : ''}
      </p>
      {/* biome-ignore lint/a11y/useMediaCaption: the person's own voice, recorded a moment ago */}
      {url && <audio controls src={url} data-testid="playback" data-bytes={bytes} />}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

export default function ScriptScreen({ route }: { route: Route }) {
  const stepId = route.params.get('step') ?? '';
  const { data, error } = useData<Script>(stepId ? `/api/script?${stepQuery(stepId)}` : undefined);
  if (!stepId)
    return (
      <p>
        Choose a phone step on <a href="#/today">Today</a> first.
      </p>
    );
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  return (
    <>
      <h1>
        Call {data.to} <span class="sub">{data.company}</span>
      </h1>
      {data.toPhone && (
        <p>
          Number: <a href={`tel:${data.toPhone}`}>{data.toPhone}</a>
        </p>
      )}
      <h2>Opening</h2>
      <p>{data.opening}</p>
      {data.branches.map((b) => (
        <section key={b.id} aria-labelledby={`b-${b.id}`}>
          <h2 id={`b-${b.id}`}>If {b.when.charAt(0).toLowerCase() + b.when.slice(1)}</h2>
          {b.say.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      ))}
      <h2>If you reach voicemail</h2>
      <p>{data.voicemail}</p>
      <Recorder />
    </>
  );
}
