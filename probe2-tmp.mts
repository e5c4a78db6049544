import { reviewMessage } from './src/core/review/index.js';
import { loadSpeller } from './src/review-node/speller.js';
import { contextOf, loadLabelled } from './test/review/labelled.js';
const sp = loadSpeller();
for (const m of loadLabelled()) {
  if (!m.good) continue;
  const r = reviewMessage(m.text, contextOf(m), { speller: sp });
  const f = r.findings.filter((x) => x.severity !== 'info' || x.category !== 'length');
  if (f.length) console.log(m.id, JSON.stringify(r.stats), f.map((x) => `${x.rule}[${m.text.slice(x.start, x.end).slice(0, 30)}]`).join(' | '));
}
