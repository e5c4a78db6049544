// The page's side of the review thread: sends the text on every keystroke, keeps only the newest answer.
import type { Document } from '../core/document/schema.js';
import type { ReviewContext, ReviewResult } from '../core/review/types.js';
import type { FromWorker, ToWorker } from './review-worker.js';

export interface ReviewClient {
  setContext(context: { document?: Document; application?: string; to?: string; kind?: ReviewContext['kind'] }): void;
  /** Reviews `text`; `onResult` gets the findings of the newest text only. */
  review(text: string): void;
  close(): void;
}

export function createReviewClient(handlers: {
  /** The findings, with the text they are about (always the newest text sent). */
  onResult(text: string, result: ReviewResult): void;
  onSpelling(): void;
}): ReviewClient {
  const worker = new Worker(new URL('./review-worker.ts', import.meta.url), { type: 'module' });
  let sent = 0;
  let lastText = '';
  const send = (message: ToWorker) => worker.postMessage(message);
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    if (m.type === 'result') {
      if (m.id === sent) handlers.onResult(lastText, m.result);
      return;
    }
    if (m.type === 'spelling') handlers.onSpelling();
    // Spelling is ready, or suggestions looked up after a pause: review the current text again.
    send({ type: 'review', id: ++sent, text: lastText });
  });
  return {
    setContext(context) {
      send({ type: 'context', context });
    },
    review(text) {
      lastText = text;
      send({ type: 'review', id: ++sent, text });
    },
    close() {
      worker.terminate();
    },
  };
}
