// The employer's own words about timing, fitted into a check-in sentence.

/** A clause that quotes what they said: "you expected to have news by next week". */
export function timelineClause(expected: string | undefined): string | undefined {
  const words = expected?.trim().replace(/[.!]+$/, '');
  if (!words) return undefined;
  const lower = words.charAt(0).toLowerCase() + words.slice(1);
  if (/^(by|within|in|before|after|on|around|early|late|mid|next|this|later)\b/i.test(words))
    return `you mentioned you expected to have news ${lower}`;
  if (/\b(process|takes?|will take|weeks|months)\b/i.test(words)) return `you explained that ${stripQuotes(lower)}`;
  return `you described the timeline as "${stripQuotes(words)}"`;
}

function stripQuotes(text: string): string {
  return text.replace(/^["'“‘]+|["'”’]+$/g, '');
}
