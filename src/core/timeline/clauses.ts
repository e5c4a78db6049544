// Whole sentences people paste ("I interviewed last Tuesday and they said they would decide by Friday"):
// split into clauses, so the reader looks first where the answer is talked about and never at the story
// around it. Cheap regexes only: this runs for every phrase the planner reads.

export type ClauseRole = 'answer' | 'plain' | 'narrative' | 'other';

export interface Clause {
  start: number;
  end: number;
  role: ClauseRole;
}

/**
 * Sentence ends, line breaks, a spaced dash, a reason or concession ("because half the team is out", ", though
 * Monday is a holiday"), and a conjunction that starts a new subject ("..., and they said").
 */
const SUBJECT =
  '(?:they|he|she|we|i|it|hr|my|our|their|his|her|(?:this|that)\\s+(?:one|company|place|job|role|employer)|the\\s+(?:recruiter|manager|hiring|team|panel|interviewer|company|director|ceo|owner))\\b';
/** "... and will circle back", "... and plan to decide": a new verb of the same subject starts a clause. */
const MODAL =
  "(?:will|'ll|would|should|shall|plan|plans|hope|hopes|expect|expects|aim|aims|intend|intends|want\\s+to|wants\\s+to|then)\\b";
/** "which is like 3 weeks", "which for them means 2 weeks": the person's own gloss of what was said. */
const GLOSS = '(?:(?:for|to|in)\\s+\\w+\\s+)?(?:is|would\\s+be|will\\s+be|means|puts\\s+it\\s+at)\\b';
const WEEKDAY_WORD = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*';
const BOUNDARY = new RegExp(
  `(?<=\\b(?:was|were|is|'s)\\s+(?:very\\s+|quite\\s+|pretty\\s+)?(?:firm|clear|specific|adamant|explicit|honest|blunt|upfront|vague)):\\s+|[.!?;]+(?=\\s+[^\\s\\d])|\\n+|\\s*[()]\\s*|\\s+[-\u2013\u2014]+\\s+|,?\\s+(?:because|cause|cuz|since|as)\\s+(?=\\S+\\s+\\S+\\s+(?:is|are|was|were|has|have|will|'s|'re)|(?:the|they|he|she|we|i|it|his|her|our|their|my|there)\\b)|,\\s*(?:though|although|unless|so)\\s+|(?<!\\bor)\\s+so\\s+(?!(?:far|much|many|long|on|forth|that(?!\\s+(?:same\\s+)?week)|to|as|i|we|they|it)\\b)|\\s+(?:because|cuz)\\s+|,?\\s+(?=which\\s+${GLOSS})|,\\s*(?=(?:and\\s+|but\\s+)?(?:now\\s+it|it'?s\\s+now|it'?s\\s+been|today\\s+is))|,?\\s+(?:but|and|so)\\s+(?=now\\b)|(?:,?\\s+(?:and\\s+then|and|but|so|then|although|though|while|because)(?:\\s+that)?|,)\\s+(?=${SUBJECT})|(?<!\\bif\\s+not\\s+[\\w ]{1,20}),\\s+then\\s+(?=(?:at\\s+[\\w:]+\\s+)?(?:on\\s+)?(?:the\\s+\\d|${WEEKDAY_WORD})|got\\s|received\\s|heard\\s)|,\\s*(?=(?:should|will|might|may|hope\\s+to|expect\\s+to)\\s+(?:have|hear|get|know|let|send|reach|decide|update|be\\s+in\\s+touch)\\b)|,?\\s+(?:and|but)\\s+(?=(?:said|told\\s+me|mentioned|promised)\\b|${MODAL}|(?:to\\s+)?(?:give|allow)\\s+(?:them|us|it|him|her)\\b)`,
  'g',
);

/** Words that talk about the answer or its timing: these clauses are read first. */
const ABOUT_ANSWER =
  /\b(?:decid\w*|decision\w*|expect\w*|hear\w*|updat\w*|get(?:ting)?\s+back|back\s+to\s+(?:me|you|us)|let\s+(?:me|you|us)\s+know|answer\w*|timeline|time\s*frame|news|reach\s+out|in\s+touch|respon\w*|next\s+steps?|finaliz\w*|wrap\w*|conclud\w*|offer\w*|follow\s+up|touch\s+base|aim\w*|hop(?:e|es|ing)\s+to|plan\w*\s+to|deadline|process|takes?|(?:give|allow)\s+(?:them|us|it|him|her)\s+(?:until|till|til|through)|(?:meant|supposed|due|scheduled|planned)\s+to\s+be|said|says|saying|told|tells|mentioned|promised|indicated|estimated|quoted|should|will|'ll|would|'d|might|could|going\s+to|gonna|by)\b/;

/** What makes a clause with a past verb still about the future ("they said they would decide by Friday"). */
const LOOKS_AHEAD =
  /\b(?:first\s+it\s+was|originally|initially|(?:meant|supposed|due|scheduled|planned)\s+to\s+be|will|'ll|would|'d|should|shall|going\s+to|gonna|expect\w*|hop(?:e|es|ing)|plan\w*|aim\w*|intend\w*|let\s+(?:me|you|us)\s+know|get\s+back|hear\s+back|decid\w*|decision|said|says|saying|to\s+say|told|tells|mentioned|promised|indicated|estimated|quoted|by|within|until|till|til|takes?|process|gave\s+me\s+(?:until|till|til|a\s+(?:time\s*frame|timeline|window|estimate|date)))\b/;

/** A story about what already happened: the interview, a meeting, a call. */
const PAST_EVENT =
  /\b(?:interviewed|met|had|was|were|went|came|spoke|talked|called|applied|did|set\s+up|sat\s+down|visited|started|took|gave|asked|emailed|phoned|moved|saw|scheduled|arranged|booked|introduced|brought|flew|drove|invited|passed|finished|completed|attended)\b/;

/** A day that belongs to something else: a start date, another round or interview. */
const OTHER_EVENT = new RegExp(
  String.raw`\b(?:start(?:ing)?\s+dates?|(?:onboarding|orientation|induction)\s+(?:would|will|is|starts?|begins?)\b|(?:would|will|to|could|can|couldn'?t|can'?t|cannot|won'?t|wouldn'?t)\s+start|(?:someone|somebody|a\s+candidate|the\s+new\s+hire|you|me)\s+(?:to\s+)?start|start(?:s|ing)?\s+(?:on|in)|start\s+(?:would|will|is)\s+be|round\s+(?:\d|one|two|three)|\d(?:st|nd|rd|th)\s+(?:round|interview)|(?<!\b(?:had|did|attended|finished|after|since)\s+(?:(?:a|an|the|my|our)\s+)?)(?:another|one\s+more|(?:a|the)\s+(?:next|second|third|final|last)|next|second|third|final)\s+(?:round|interview|stage|panel|meeting|call)|(?:more|other|remaining|final|the)\s+interviews|(?<!\b(?:had|did|attended|finished)\s+(?:(?:a|an|the|my|our)\s+)?(?:[a-z]+\s+)?)interviews?\s+(?:with|tomorrow|today|this|next|on)|wrapping\s+up\s+interviews|interviews\s+(?:run|continue|go\s+on|last)|(?:closed?|closes|closing|shut(?:s|ting)?(?:\s+down)?|reopens?|reopening)\s+(?:(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+)?(?:for|from|on|until|over|between|again)|(?:close|closes|closing|closed)\s+(?:the\s+)?(?:applications|posting|listing|advert|ad)\b|applications?\s+(?:close|closes|closing|are\s+open|open\s+until)|interviewing\s+(?:through|until|till|thru)|(?<!\b(?:at|after|during|since)\s+(?:the\s+|my\s+)?)(?:onsite|on-site)|meet\s+(?:with\s+)?(?:the\s+|their\s+|our\s+)?(?:ceo|cto|cfo|coo|founders?|owner|vp|director|president|partners?|board|team|head\s+of\s+\w+|finalists|candidates)` +
    // Another step for the candidate: "they want me back for a case study on the 17th", "an assessment day".
    String.raw`|(?:want|invite|invited|asked|bring|have)\s+me\s+(?:back|in)\s+(?:again\s+)?for|case\s+study|(?:interview|call|meeting|round)\s+(?:got\s+|was\s+|has\s+been\s+|is\s+|been\s+)?(?:moved|rescheduled|pushed|postponed|changed|bumped)|(?:(?:i'?m|i\s+am|i'?ll\s+be|i\s+will\s+be|i'?d\s+be)\s+|(?:is|are|'s|'re|be)\s+(?:\w+\s+)?)travell?ing|assessment\s+(?:day|centre|center)|\b(?:then|and)\s+(?:a|an)\s+(?:(?:final|second|third|last)\s+)?(?:panel|round|interview|onsite|on-site|assessment|presentation)|take[- ]home|presentation\s+(?:on|is|next)|returns?\s+from\s+(?:\w+\s+)?(?:leave|holiday|vacation)` +
    // Other candidates' interviews, and someone's absence: "two more candidates to see on Thursday", "out until Monday".
    String.raw`|(?:more|other|remaining|few)\s+candidates|candidates\s+to\s+(?:see|meet|interview)` +
    String.raw`|(?:another|other|competing)\s+offer|offer\s+(?:elsewhere|from\s+(?:another|a\s+different))|(?:offer|deadline)\s+(?:that\s+|which\s+)?(?:expires|runs\s+out)|(?:someone|somebody|a\s+person|the\s+(?:new\s+)?hire|a\s+hire|you|me)\s+(?:in\s+(?:the\s+)?(?:seat|role|post|place|chair)|on\s*board)|\bon\s+(?:\w+\s+)?(?:vacation|holiday|leave|pto)\b|(?:wants?|would\s+like|'d\s+like|like)\s+to\s+(?:see|meet)\s+(?:me|you)\b|see\s+me\s+again|out\s+of\s+(?:the\s+)?office|\booo\b` +
    String.raw`|(?:is|are|'s|'re|be|being|was|were)\s+(?:out|away|off|on\s+(?:vacation|leave|holiday|pto))\s+(?:until|till|til|through|for|next|this|tomorrow|on|soon)` +
    String.raw`)\b`,
);
/** What makes a clause about another event still about the answer. */
const DECIDES =
  /\b(?:decid\w*|decisions?|expect\w*|feedback|(?:close|fill)\s+(?:the\s+)?(?:req|requisition|role|position|search|vacancy)|let\s+(?:me|you|us)\s+know|(?:i'?d|i\s+would|i'?ll|i\s+will|we'?d|we'?ll)\s+know|hear\w*|get\s+back|back\s+to\s+(?:me|you)|answers?|(?<!(?:other|another|competing)\s)offers?(?!\s+(?:elsewhere|from\s+(?:another|a\s+different)|(?:that\s+|which\s+)?(?:expires|runs\s+out)))|news|updates?|outcomes?|results?|verdict|make\s+a\s+(?:call|decision)|circle\s+back|follow\s+up|in\s+(?:touch|contact)|reach\s+out|(?:call|ring|email|phone|text)\s+(?:me|you|us))\b/;

/** The day of writing ("and now it's Tuesday", "it's been two weeks"): part of the story. */
const NOW_CLAUSE =
  /^\W*(?:and\s+|but\s+)?(?:now\s+it'?s|it'?s\s+now|it\s+is\s+now|it'?s\s+been|it\s+has\s+been|today\s+is)\b(?!\s+(?:been\s+)?(?:pushed|moved|delayed|postponed|changed|rescheduled|going|gonna|looking|supposed|expected|due)|\s*['"\u2018\u201c]|\s+(?:(?:before\s+)?(?:the\s+)?end\s+of|by|before|within|mid)\b)/;
/** An update to the answer's day: "then they moved it to next Wednesday", "so now next week". */
const UPDATE =
  /\b(?:push(?:ed|ing)?\s+(?:it\s+)?(?:back|out|to)|moved?\s+(?:it\s+)?(?:back\s+)?to|delay(?:ed|ing)?|postpon\w*|reschedul\w*|slip(?:s|ped|ping)?\s+(?:to|into|until|till)|(?:asked|asking|ask)\s+for\s+(?:another|an?\s+extra|(?:a\s+)?(?:few|couple(?:\s+of)?|one|two|three|\d+)\s+more)\s+(?:days?|weeks?)|need(?:s|ed)?\s+(?:another|an?\s+extra)\s+(?:days?|weeks?)|(?:mov(?:ed|ing)|add(?:ed|ing|s)?)\s+(?:it\s+|that\s+)?(?:back\s+)?(?:by\s+)?(?:another|an?\s+extra|a|one|two|three|\d{1,2})\s+(?:more\s+)?(?:days?|weeks?)|(?:need|needs|needed|want|wants|wanted|asked\s+for)\s+(?:more\s+time\s+|a\s+bit\s+longer\s+)?(?:until|till|til)|(?:we'?re|we\s+are|they'?re|they\s+are|it'?s|it\s+is)\s+now\s+(?:looking\s+at|aiming\s+for|targeting))\b|^\W*(?:so\s+|and\s+|but\s+)?now\b|^\W*(?:so\s+|and\s+|but\s+)?(?:it'?s|it\s+is)\s+now\s+(?=['"\u2018\u201c]|(?:before\s+)?(?:the\s+)?end\s+of|by\b|before\b|within\b|mid\b|next\b|early\b|late\b)/;

/**
 * A hedge or a gloss that continues a clause about the answer in the same sentence ("so maybe a week", "which is
 * like 3 weeks"): a second bound on that answer. After a full stop ("Things are busy. Maybe next week") it is not.
 */
const CONTINUES = new RegExp(
  `^\\W*(?:and\\s+|but\\s+|so\\s+)?(?:(?:maybe|probably|possibly|perhaps|likely|more\\s+likely)\\b|which\\s+${GLOSS})`,
);

/** A clause that opens with a day counted from the day named before it: "the Monday after", "the week after". */
const COUNTED_FROM_BEFORE = new RegExp(
  `^\\W*(?:(?:and|but|so|then|or)\\s+)*(?:(?:if\\s+not|failing\\s+that|otherwise)\\W+)?(?:the\\s+)?(?:${WEEKDAY_WORD}\\s+(?:after|following)|(?:week|day)\\s+after|following\\s+(?:week|${WEEKDAY_WORD})|(?:end\\s+of\\s+)?that\\s+(?:same\\s+)?week)\\b`,
);

/** A bare weekday that a sentence comes to: "so Tuesday", "so Monday instead". */
const SO_WEEKDAY = new RegExp(
  `^\\W*(?:(?:so|then|and)\\s+)?(?:probably\\s+|likely\\s+)?${WEEKDAY_WORD}(?:\\s+instead)?\\W*$`,
);

/**
 * The candidate's own deadline, not theirs: "I have until Friday to send my references", "I told them I need an
 * answer by then", "my contract at my current job ends in March".
 */
const OWN_DEADLINE =
  /\bmy\s+(?:current\s+)?(?:contract|lease|notice(?:\s+period)?|visa|course|degree|semester|internship|placement|fixed\s+term)\s+(?:at\s+[^,.;]*?\s+)?(?:ends?|finish(?:es)?|runs\s+out|expires?|is\s+up)\b|\bi(?:\s+have|'ve|\s+have\s+got|'ve\s+got|\s+got)\s+(?:until|till|til)\b|\b(?:i\s+)?told\s+(?:them|him|her|the\s+\w+)\s+(?:that\s+)?i\s+(?:need|needed|want|wanted|must\s+have)\b/;

export function roleOf(text: string): ClauseRole {
  if (OWN_DEADLINE.test(text)) return 'other';
  if (NOW_CLAUSE.test(text)) return 'narrative';
  if (UPDATE.test(text) && !OTHER_EVENT.test(text)) return 'answer';
  if (OTHER_EVENT.test(text) && !DECIDES.test(text)) return 'other';
  if (PAST_EVENT.test(text) && !LOOKS_AHEAD.test(text)) return 'narrative';
  return ABOUT_ANSWER.test(text) ? 'answer' : 'plain';
}

/** The clauses of a normalised text, in order; a short phrase is one plain clause. */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    push(out, text, start, m.index);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Clause[], text: string, start: number, end: number): void {
  const part = text.slice(start, end);
  if (!/[a-z0-9]/.test(part)) return;
  let role = roleOf(part);
  // An aside in brackets about a story or another event is part of it: "my notice period ends (4 weeks)".
  const before = out[out.length - 1];
  if (role === 'plain' && text[start - 1] === '(' && (before?.role === 'narrative' || before?.role === 'other'))
    role = before.role;
  if (
    role === 'plain' &&
    before?.role === 'answer' &&
    CONTINUES.test(part) &&
    !/[.!?]/.test(text.slice(before.end, start))
  )
    role = 'answer';
  // "by Friday the 19th, oh wait that's Juneteenth, so the Monday after": a day counted from the one before it.
  if (role === 'plain' && before?.role === 'answer' && COUNTED_FROM_BEFORE.test(part)) role = 'answer';
  // "…, so Monday." after the answer or a closure in the same sentence: the day it comes to.
  if (
    role === 'plain' &&
    out.some((c) => c.role === 'answer' || c.role === 'other') &&
    SO_WEEKDAY.test(part) &&
    !/[.!?]/.test(text.slice(before?.end ?? start, start))
  )
    role = 'answer';
  // "Office closed for Eid, nothing till the week after": the parts of another event's clause that are not
  // about it are clauses of their own.
  if (role === 'other' && part.includes(',')) {
    let at = start;
    const pieces = part.split(',');
    if (pieces.some((p) => roleOf(p) !== 'other')) {
      for (const p of pieces) {
        if (/[a-z0-9]/.test(p)) out.push({ start: at, end: at + p.length, role: roleOf(p) });
        at += p.length + 1;
      }
      return;
    }
  }
  out.push({ start, end, role });
}
