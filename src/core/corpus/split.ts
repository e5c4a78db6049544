// The fixed train/dev/test split of the labelled corpora (test/fixtures/corpus/), chosen by a hash of each
// entry's id so that an entry never changes side when others are added. Rules and models are tuned on train
// and dev only; the test split is for the figures `npm run bench` prints.

export type Split = 'train' | 'dev' | 'test';

/** 32-bit FNV-1a over the id's UTF-16 code units (ids are ASCII kebab-case, so these are its bytes). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** FNV-1a of the id mod 10: 0-5 train, 6-7 dev, 8-9 test (60/20/20). */
export function splitOf(id: string): Split {
  const bucket = fnv1a(id) % 10;
  return bucket < 6 ? 'train' : bucket < 8 ? 'dev' : 'test';
}
