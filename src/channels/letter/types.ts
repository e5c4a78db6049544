// The letter's parts are the composer's `LetterParts` (src/core/compose/types.ts); this layer only typesets them.
export type PageSize = 'LETTER' | 'A4';
