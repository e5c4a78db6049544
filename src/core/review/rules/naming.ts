// Names the first checks let through (found on the corpus's train split): a title put before a first name
// ("Mr. Daniel" for Daniel Okafor), and an employer's name written wrong or swapped for another one in the
// phrases that name where you want to work ("join Brightview Analytics" for Brightwater Analytics).
import distance from 'damerau-levenshtein';
import { nameParts, TITLES } from '../context.js';
import type { CheckRule, Hit } from '../rule.js';
import type { PreparedText } from '../text.js';

const TITLE = new RegExp(`^(?:${TITLES})\\.?\\s+`, 'i');
/**
 * Phrases after which comes the employer's name, matched on the lower-cased text so an all-caps note counts too;
 * past work ("I worked at …") is not among them.
 */
const EMPLOYER_SLOT =
  /\b(?:join|joining|everyone at|everybody at|the team at|your team at|all of you at|folks at|work at|working at|to work for|a part of|part of the team at|future at|career at|role at|position at|opportunity at|interview at|time at|here at|help|helping|drive for|driving for|work for|working for|to be at|start at|starting at|operations at|to be part of|contributing to|contribute to|wear|wearing|application to|application with|bring value to|add value to|bring my [\w-]+(?: [\w-]+){0,3} to|fit in at|fit right in at|(?:be|i'd be|would be|will be) (?:so |very |really )?happy at|build at|belong at|thrive at)\s+(?:the\s+)?/g;
/** A name before the words that choose it: "Keystone Transitions is the right home for me". */
const CHOSEN_AFTER =
  /\s+(?:is|would\s+be|feels\s+like|seems\s+like)\s+the\s+(?:right|perfect|ideal|best|natural)\s+(?:home|place|fit|team|company|employer|next\s+step)\s+for\s+me\b/g;

/** "the team at …", "the post at …": where you would work, unless the sentence tells of past or present work. */
const PLACE_SLOT = /\b(?:team|post|job|role|position)\s+at\s+(?:the\s+)?/g;
const PAST_WORK =
  /\b(?:worked|spent|led|ran|managed|trained|taught|supervised|coached|mentored|built|helped|handled|oversaw|served|interned|volunteered|previous|previously|former|prior|used to|currently|my current|my last|for \w+ years)\b/;
/** A capitalized word of a name. */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}\\d_&'’-]*";
/** Up to four capitalized words (or "&"), read from the original text where a slot ends. */
const NAME_AT = new RegExp(`^(?:${NAME_WORD})(?:[ \\t]+(?:&[ \\t]+)?${NAME_WORD}){0,3}`, 'u');
/** The same, ending where the text ends: the name before "is the right home for me". */
const NAME_BEFORE = new RegExp(`(?:${NAME_WORD}[ \\t]+(?:&[ \\t]+)?){0,3}${NAME_WORD}$`, 'u');

/** After "the", a name that is a venue ("the Civic Centre") or a unit before a place word ("the Glasgow base"). */
const VENUE_END =
  /\b(?:centre|center|hall|building|house|campus|depot|station|library|park|square|plaza|site|offices?|tower|street|road|avenue|lane)$/i;
const PLACE_AFTER =
  /^[ \t]+(?:base|depot|hub|yard|plant|ward|campus|crew|station|store|branch|shop|outlet|location|site|warehouse|clinic|restaurant|kitchen|factory|mill|lab)\b/i;

/** Days and months are capitalized too: "bring my patience to Tuesday's demo" names no company. */
const CALENDAR_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);
/** Languages are capitalized too: "join the English class at the library" names no company. */
const LANGUAGE_WORDS = new Set(
  'english spanish french german arabic chinese mandarin cantonese hindi punjabi urdu bengali portuguese italian japanese korean russian polish turkish swahili tagalog welsh irish'.split(
    ' ',
  ),
);

/** Words of a company name that say nothing of which company it is. */
const LEGAL_FORMS = new Set(
  'inc llc llp ltd plc co corp corporation company group the and of gmbh sa pty limited'.split(' '),
);
/** A run of capitalized words, possibly joined by "&" or "of": a name as people write one. */
const PROPER_RUN = /\b[A-Z][\w'’-]*(?:[ \t]+(?:&[ \t]+|of[ \t]+)?[A-Z][\w'’-]*)*/g;

const SELF_INTRODUCED = /\b(?:it's|it’s|it is|this is|my name is|i'm|i’m|i am)[ \t]+$/i;

/** Two spellings of one word that differ by a slip of the fingers: a swap, a dropped or an extra letter. */
function slip(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5) return false;
  // One word in the plural is another name, not a slip: "Pine Hill Middle School" beside "Harlan County Schools".
  if (a === `${b}s` || b === `${a}s`) return false;
  return distance(a, b).steps <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

/**
 * A name in the text that looks like the employer's but is not: one word misspelled ("DoorDahs" for DoorDash),
 * or the same name with one word swapped ("Northgate Credit Union" for Northpoint Credit Union).
 */
function nearMisses(text: PreparedText, company: string): Hit[] {
  const want = nameParts(company).filter((p) => !LEGAL_FORMS.has(p));
  if (!want.length) return [];
  const hits: Hit[] = [];
  for (const m of text.text.slice(text.bodyStart).matchAll(PROPER_RUN)) {
    const start = text.bodyStart + m.index;
    // "Hi Bronwyn, it's Andre Clarke": the writer's own name, however like the employer's ("Clare Valley").
    if (SELF_INTRODUCED.test(text.text.slice(Math.max(0, start - 16), start))) continue;
    const written = m[0].replace(/['’]s$/, '');
    const got = nameParts(written).filter((p) => !LEGAL_FORMS.has(p));
    if (!got.length || got.every((p) => want.includes(p))) continue;
    const misspelt = got.some((g) => want.some((w) => slip(g, w)));
    // Same length, every word but one the same, the odd pair alike at the start ("North-gate", "North-point").
    const odd = got.length === want.length ? got.flatMap((g, i) => (g === want[i] ? [] : [i])) : [];
    const at = odd[0] ?? 0;
    const swapped = got.length >= 2 && odd.length === 1 && got[at]?.slice(0, 4) === want[at]?.slice(0, 4);
    if (misspelt || swapped) hits.push({ start, end: start + written.length, suggestions: [company] });
  }
  return hits;
}

/** Family names common in Chinese, Korean and Vietnamese names, which put the family name first. */
const FAMILY_FIRST = new Set(
  `tan lim lee ng goh ong teo koh chua chan wong cheung leung lau chow ho yip tsang chen wang li zhang liu yang
  huang zhao wu zhou xu sun ma zhu hu guo lin luo zheng gao kim park choi jung kang cho yoon jang han nguyen tran
  le pham hoang phan vu dang bui do ngo duong ly`.split(/\s+/),
);

/**
 * "Tan Wei Ling", "Kim Min-jun": family name first, so "Ms Tan" is title and surname. The given name is short
 * syllables ("Wei Ling") or one hyphenated with lower case ("Min-jun"), not "Kim Smith-Jones" or "Kim Anne Porter".
 */
function surnameFirst(to: string): boolean {
  const [family, ...given] = to.trim().split(/\s+/);
  if (!FAMILY_FIRST.has(family?.toLowerCase() ?? '') || !given.length) return false;
  if (given.length === 1) return /^[A-Z][a-z]+-[a-z]+$/.test(given[0] ?? '');
  return given.length === 2 && given.every((g) => /^[A-Z][a-z]{1,4}$/.test(g));
}

/** Verbs that follow "help" ("help build", "help grow"): what comes after is work, not a company. */
const HELP_VERBS = new Set(
  'build grow make launch scale shape run create develop improve expand turn get bring take keep move set fix plan design lead drive push open'.split(
    ' ',
  ),
);

export const NAMING_RULES: CheckRule[] = [
  {
    id: 'names.title-first-name',
    category: 'names',
    // A warning: the person is right, and many regions write "Dear Mr. Brian"; in the US or UK it reads oddly.
    severity: 'warning',
    message:
      'In American and British letters a title goes with the surname; greet them by their first name alone, or by title and surname.',
    check(text, context) {
      const g = text.greeting;
      if (!g || !context.to || !TITLE.test(g.name)) return [];
      const parts = nameParts(context.to);
      const written = nameParts(g.name);
      const first = parts[0];
      const last = parts[parts.length - 1];
      if (parts.length < 2 || written.length !== 1 || written[0] !== first || first === last) return [];
      if (surnameFirst(context.to)) return [];
      const title = TITLE.exec(g.name)?.[0].trim() ?? 'Mr.';
      const surname = context.to.trim().split(/\s+/).pop() ?? '';
      const firstName = context.to.trim().split(/\s+/)[0] ?? '';
      return [
        {
          start: g.nameStart,
          end: g.nameStart + g.name.length,
          suggestions: [`Dear ${title} ${surname},`, `Dear ${firstName},`],
        },
      ];
    },
    examples: {
      pass: [
        { text: 'Dear Mr. Kim,\n\nThank you for the tour.', context: { to: 'Kim Min-jun' } },
        { text: 'Dear Mr. Okafor,\n\nThank you for the tour.', context: { to: 'Daniel Okafor' } },
        { text: 'Dear Daniel,\n\nThank you for the tour.', context: { to: 'Daniel Okafor' } },
        { text: 'Dear Ms Tan,\n\nThank you for the tour.', context: { to: 'Tan Wei Ling' } },
        { text: 'Dear Professor Ward,\n\nThank you for the tour.', context: { to: 'Helen Ward' } },
      ],
      fail: [
        { text: 'Dear Ms. Kim,\n\nThank you for the tour.', context: { to: 'Kim Smith-Jones' } },
        { text: 'Dear Mr. Daniel,\n\nThank you for the tour.', context: { to: 'Daniel Okafor' } },
        { text: 'Dear Professor Helen,\n\nThank you for the tour.', context: { to: 'Helen Ward' } },
        { text: 'Dear Mr. Lee,\n\nThank you for the tour.', context: { to: 'Lee Anderson' } },
      ],
    },
  },
  {
    id: 'names.employer-name',
    category: 'names',
    severity: 'error',
    message: 'This is not the employer’s name as they write it; check the company name before sending.',
    check(text, context) {
      const company = context.application?.company;
      if (!company) return [];
      // "St Michael's Parish" is written "St Michael's" as often as "St Michael".
      const own = new Set(nameParts(company).flatMap((p) => [p, p.replace(/['’]s$/, '')]));
      const hits: Hit[] = [];
      // People named in this application ("help Maria's team") are not companies.
      const people = new Set([...nameParts(context.to ?? ''), ...context.people.flatMap((p) => nameParts(p.name))]);
      const slots = [
        ...[...text.norm.matchAll(EMPLOYER_SLOT)].map((m) => ({ m, place: false })),
        ...[...text.norm.matchAll(PLACE_SLOT)].map((m) => ({ m, place: true })),
      ];
      // The capitalized words right before "is the right home for me" (up to four).
      const chosen = [...text.text.matchAll(CHOSEN_AFTER)].flatMap((m) => {
        const words = NAME_BEFORE.exec(text.text.slice(Math.max(0, m.index - 80), m.index));
        return words ? [{ start: m.index - words[0].length, lead: '' }] : [];
      });
      const starts = [
        ...slots.map(({ m, place }) => ({ start: m.index + m[0].length, lead: m[0], at: m.index, place })),
        ...chosen.map((c) => ({ ...c, at: c.start, place: false })),
      ];
      for (const { start, lead, at, place } of starts) {
        // "get off work for the Cúl Camps": time off, not an employer.
        if (/\boff\s+$/.test(text.norm.slice(Math.max(0, at - 5), at))) continue;
        const name = NAME_AT.exec(text.text.slice(start))?.[0];
        if (!name) continue;
        const sentence = text.sentences.find((s) => start >= s.start && start < s.end);
        const said = sentence ? text.norm.slice(sentence.start, sentence.end) : '';
        if (/offer/.test(said) || (place && PAST_WORK.test(said))) continue;
        const bare = name.replace(/[.,]+$/, '');
        if (/\bthe\s+$/.test(lead) && (VENUE_END.test(bare) || PLACE_AFTER.test(text.text.slice(start + bare.length))))
          continue;
        const parts = nameParts(bare.replace(/['’]s$/i, ''));
        // Their own name, in part or whole, a person's name, or a generic word ("join the team") is fine.
        if (
          !parts.length ||
          parts.every((p) => own.has(p) || people.has(p)) ||
          /^(?:the|your|our|you|us|them|i)$/i.test(name) ||
          CALENDAR_WORDS.has(parts[0] ?? '') ||
          LANGUAGE_WORDS.has(parts[0] ?? '') ||
          // Another application's company: names.company says so, with its name.
          context.otherCompanies.some((c) => nameParts(c).some((p) => parts.includes(p) && !LEGAL_FORMS.has(p))) ||
          // An acronym ("the DBS", "HR") is a body or a department more often than an employer; in a note typed
          // wholly in capitals every word looks like one.
          (/^[A-Z]{2,5}$/.test(bare) && /[a-z]/.test(text.text)) ||
          // "HELP BUILD THAT OUT" in capitals: a verb after "help", not a name.
          (/\bhelp(?:ing)?\s+$/.test(lead) && !/\p{Ll}/u.test(bare) && HELP_VERBS.has(parts[0] ?? ''))
        )
          continue;
        const end = start + bare.length;
        hits.push({ start, end, suggestions: [company] });
      }
      return hits;
    },
    examples: {
      pass: [
        {
          text: 'I was happy at Globex for six years, and I would be happy at Acme Logistics too.',
          context: { company: 'Acme Logistics' },
        },
        {
          text: "HI JORDAN!!! THANK YOU SO MUCH FOR TODAY. I'D LOVE TO HELP BUILD THAT OUT.",
          context: { company: 'Loudhouse Records' },
        },
        {
          text: 'I am excited about the chance to join Brightwater Analytics.',
          context: { company: 'Brightwater Analytics' },
        },
        { text: 'Please thank everyone at Brightwater for me.', context: { company: 'Brightwater Analytics' } },
        {
          text: 'I ran the same rollout at Brightline Freight last spring.',
          context: { company: 'Brightwater Analytics' },
        },
        {
          text: 'I would love to help Maria and the team with the spring count.',
          context: { company: 'Acme', to: 'Maria Chen' },
        },
        { text: 'I would love to help Acme Logistics grow.', context: { company: 'Acme Logistics' } },
        { text: "Thank you for the tour of St Michael's.", context: { company: "St Michael's Parish" } },
        { text: 'I led the night team at Oakline for six years.', context: { company: 'Redwood Insurance' } },
        { text: 'I trained the payables team at Fabrikam on a new workflow.', context: { company: 'Acme Logistics' } },
        { text: 'I am excited to join the Redwood team.', context: { company: 'Redwood Insurance' } },
        { text: "I'd bring my calm to Tuesday's launch.", context: { company: 'Redwood Insurance' } },
        {
          text: 'Thank you for the interview at the Civic Centre on Monday.',
          context: { company: 'Westbury Council' },
        },
        { text: "I'd really hoped to join the Glasgow base.", context: { company: 'Northjet' } },
        { text: 'Thank you for the interview at the Chaguanas store.', context: { company: "Ramdial's Textile Mart" } },
        { text: 'I join the English class at the library from next week.', context: { company: 'Northstar Guarding' } },
        { text: 'I can get off work for the Cúl Camps in July.', context: { company: 'Suir Valley Sports' } },
      ],
      fail: [
        { text: 'I know I would fit right in at Globex.', context: { company: 'Acme Logistics' } },
        { text: 'I am sure Globex Freight is the right home for me.', context: { company: 'Acme Logistics' } },
        { text: "I'd love to join the Oakline office.", context: { company: 'Redwood Insurance' } },
        {
          text: 'I am excited about the chance to join Brightview Analytics.',
          context: { company: 'Brightwater Analytics' },
        },
        { text: 'Please pass my thanks to everyone at Oakline.', context: { company: 'Redwood Insurance' } },
        { text: 'I CAN NOT WAIT TO DRIVE FOR BLUE RIVER TRANSIT.', context: { company: 'Metro Valley Transit' } },
        { text: 'I CAN NOT WAIT TO DRIVE FOR LYFT.', context: { company: 'Metro Valley Transit' } },
        { text: 'I am excited about joining the Oakline team.', context: { company: 'Redwood Insurance' } },
        {
          text: "I'd love to bring my SIEM tuning experience to Crowdstrike.",
          context: { company: 'Vantorix Security' },
        },
        {
          text: 'I am following up on my application to Bramwell Logistics.',
          context: { company: 'Vandermolen Freight' },
        },
        {
          text: 'Thank you for interviewing me for the post at Hollins Academy.',
          context: { company: 'Westfield Academy' },
        },
        { text: 'I am sure I can bring value to BLRT Grupp.', context: { company: 'Saaremaa Boatyard' } },
        {
          text: 'I would love to help Brightpath grow its merchant base.',
          context: { company: 'Brightline Payments' },
        },
      ],
    },
  },
  {
    id: 'names.near-miss',
    category: 'names',
    severity: 'error',
    message: 'This looks like the employer’s name with a slip in it; check the spelling before sending.',
    check(text, context) {
      const company = context.application?.company;
      return company ? nearMisses(text, company) : [];
    },
    examples: {
      pass: [
        { text: 'Following up on the driver job at DoorDash.', context: { company: 'DoorDash' } },
        {
          text: 'Before Northpoint Credit Union I audited Golden State Credit Union for three years.',
          context: { company: 'Northpoint Credit Union' },
        },
        { text: 'I loved the tour of the Penske yard and its new docks.', context: { company: 'Penske Logistics' } },
        { text: "Hi Bronwyn, it's Andre Clarke, following up.", context: { company: 'Clare Valley Estate Wines' } },
        {
          text: 'In my twelve years at Pine Hill Middle School I rewrote the policy twice.',
          context: { company: 'Harlan County Schools' },
        },
      ],
      fail: [
        { text: 'Following up on the driver job at DoorDahs.', context: { company: 'DoorDash' } },
        {
          text: 'I was impressed by how Northgate Credit Union handles member loans.',
          context: { company: 'Northpoint Credit Union' },
        },
      ],
    },
  },
];
