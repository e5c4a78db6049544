// Stable choices: the same application, recipient and kind always get the same phrasing (no randomness).

/** 32-bit FNV-1a. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Picks one phrasing for `part`. `offset` shifts the choice so that people met in the same interview
 * (offset 0, 1, 2…) never get the same phrasing for a part while the bank has enough entries.
 */
export function pick<T>(bank: ReadonlyArray<T>, seed: string, part: string, offset = 0): T {
  if (!bank.length) throw new Error(`empty phrase bank: ${part}`);
  return bank[(fnv1a(`${seed}|${part}`) + offset) % bank.length] as T;
}
