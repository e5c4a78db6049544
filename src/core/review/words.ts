// Content words and a light stemmer, for matching a message against topics, debrief notes and the listing.

const STOP = new Set(
  `a about above after again all also am an and any are as at be been before being below between both but by can
  could did do does doing down during each few for from further had has have having he her here hers him his how i
  if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over
  own same she should so some such than that the their them then there these they this those through to too under
  until up very was we were what when where which while who whom why will with would you your yours yourself
  i'm i've i'd i'll we're you're it's that's don't can't won't let us via per yet still
  thank thanks thanking dear hi hello regards best sincerely warmly hope hoping look looking forward
  interview interviews interviewed interviewing time today yesterday week weeks meet met meeting conversation
  speak spoke speaking talk talked talking chat chatted discuss discussed discussion really great good glad
  enjoyed enjoy appreciate appreciated again please team company role position job opportunity work working
  want wanted like would could know let get got make made take took way thing things much many well new
  next step steps one two three first last day days morning afternoon month months year years end`.split(/\s+/),
);

/** Lower-case words of a text (letters and inner apostrophes). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z\u00c0-\u024f]+(?:'[a-z]+)*/g) ?? [];
}

/** A crude stem: common English suffixes off, then a trailing e; enough to match "reconciling" with "reconciliation". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, '');
  for (const suffix of [
    'ations',
    'ation',
    'ments',
    'ment',
    'ings',
    'ing',
    'ies',
    'ied',
    'ers',
    'er',
    'ed',
    'es',
    's',
    'ly',
  ]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Stems of the content words of a text (no stop words, no words shorter than 3 letters). */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((w) => w.length >= 3 && !STOP.has(w))
    .map(stem);
}

/** Two stems match when equal, or when both are long and share their first six letters. */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6);
}

export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}
