// The reviewer's own thread: the page posts the message as it is typed and gets the findings back, so a
// review (tens of thousands of words through the language model on a long note) never holds up a keystroke.
import type { Document } from '../core/document/schema.js';
import type { ReviewContext } from '../core/review/types.js';
import { loadSpeller, onSuggestions, review } from './reviewer.js';

export type ToWorker =
  | {
      type: 'context';
      context: { document?: Document; application?: string; to?: string; kind?: ReviewContext['kind'] };
    }
  | { type: 'review'; id: number; text: string };

export type FromWorker =
  | { type: 'result'; id: number; result: ReturnType<typeof review>; ms: number }
  | { type: 'spelling' }
  | { type: 'suggestions' };

const post = (message: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);
let context: Extract<ToWorker, { type: 'context' }>['context'] = {};

onSuggestions(() => post({ type: 'suggestions' }));
loadSpeller().then((s) => s && post({ type: 'spelling' }));

self.addEventListener('message', (event) => {
  const message = (event as MessageEvent<ToWorker>).data;
  if (message.type === 'context') {
    context = message.context;
    return;
  }
  const t0 = performance.now();
  const result = review(message.text, context);
  post({ type: 'result', id: message.id, result, ms: performance.now() - t0 });
});
