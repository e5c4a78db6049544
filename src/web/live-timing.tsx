// Shows the date Followthrough reads from the employer's words, recomputed in the page as they are typed.
import { useEffect, useState } from 'preact/hooks';

type Reader = typeof import('./timing-reader.js');
let reader: Promise<Reader> | undefined;
const loadReader = () => {
  reader ??= import('./timing-reader.js');
  return reader;
};

export function TimingReading(props: { words: string; from: string; zone: string; country: string; id?: string }) {
  const [text, setText] = useState('');
  useEffect(() => {
    let live = true;
    if (!props.words.trim()) {
      setText('');
      return;
    }
    loadReader()
      .then((r) => {
        if (!live) return;
        try {
          const a = r.readTiming(props.words, props.from, props.zone, props.country);
          const date = a.by
            ? new Date(`${a.by}T12:00:00Z`).toLocaleDateString('en-US', {
                timeZone: 'UTC',
                weekday: 'long',
                month: 'long',
                day: 'numeric',
                year: 'numeric',
              })
            : '';
          setText(date ? `Read as: by ${date}. ${a.explanation}` : a.explanation);
        } catch (e) {
          setText((e as Error).message);
        }
      })
      .catch(() => setText('The date reader could not load.'));
    return () => {
      live = false;
    };
  }, [props.words, props.from, props.zone, props.country]);
  if (!text) return null;
  return (
    <p class="reading" id={props.id} aria-live="polite" data-testid="timing-reading">
      {text}
    </p>
  );
}
