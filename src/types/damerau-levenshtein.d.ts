// The package ships no types; this is the one function it exports.
declare module 'damerau-levenshtein' {
  export default function distance(a: string, b: string): { steps: number; relative: number; similarity: number };
}
