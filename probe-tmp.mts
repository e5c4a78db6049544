import { reviewMessage } from './src/core/review/index.js';
const bad = process.argv[2] === 'bad';
const lines = (await import('node:fs')).readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const l of lines) {
  const r = reviewMessage(l);
  const errs = r.findings.filter((f) => f.severity === 'error');
  if (bad ? errs.length === 0 : errs.length > 0) console.log(bad ? 'MISS' : 'FALSE', l, errs.map((f) => f.rule + ':' + l.slice(f.start, f.end)).join(' | '));
}
