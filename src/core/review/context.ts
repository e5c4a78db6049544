// What the contextual rules need to know, worked out once per review from the document and the request.
import type { Application, Document, Interviewer, Person } from '../document/schema.js';
import type { ReviewContext, ReviewKind, Speller } from './types.js';
import { tokenize } from './words.js';

export interface KnownPerson {
  name: string;
  application: Application;
  /** The interviewer record, when the person is one (topics). */
  interviewer?: Interviewer;
}

export interface ResolvedContext {
  kind?: ReviewKind;
  to?: string;
  document?: Document;
  application?: Application;
  /** The recipient's record in this application, when `to` names one of its people. */
  recipient?: KnownPerson;
  /** Everyone named in this application (interviewers and contacts). */
  people: KnownPerson[];
  /** People of the document's other applications who are not also in this one. */
  otherPeople: KnownPerson[];
  /** Companies of the document's other applications (never this application's own). */
  otherCompanies: string[];
  speller?: Speller;
  /** Words the spelling check accepts: names, the company, the role, the listing and notes (lower case). */
  personalWords(): Set<string>;
  /** Words written in capitals in the context (the listing's acronyms: HIPAA, NetSuite's SQL…). */
  acronyms(): Set<string>;
}

function peopleOf(app: Application): KnownPerson[] {
  const out: KnownPerson[] = [];
  const seen = new Set<string>();
  const add = (p: Person | Interviewer, interviewer?: Interviewer) => {
    const key = p.name.trim().toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name: p.name.trim(), application: app, interviewer });
  };
  for (const interview of app.interviews) {
    for (const i of interview.interviewers) add(i, i);
    if (interview.contact) add(interview.contact);
  }
  for (const e of app.events) {
    if (e.from) add({ name: e.from });
    if (e.to) add({ name: e.to });
  }
  return out;
}

/** Does `written` (a greeting or `to`) refer to `person`? First name, last name or full name; titles ignored. */
export function namesMatch(written: string, person: string): boolean {
  const w = nameParts(written);
  const p = nameParts(person);
  if (w.length === 0 || p.length === 0) return false;
  if (w.join(' ') === p.join(' ')) return true;
  // Every written part is one of the person's parts: "Maria", "Chen", "Maria Chen", "Ms. Chen"; or a short form
  // of their first name ("Jess" for Jessica).
  const fits = (parts: string[]) =>
    parts.length > 0 && parts.every((part) => p.includes(part) || isShortFor(part, p[0] as string));
  if (fits(w)) return true;
  // After one courtesy word or two ("Sir Ramon", "Dato' Seri Razak"; but "Don" may be the name itself).
  let rest = w;
  for (let i = 0; i < 2 && rest.length > 1 && HONORIFICS.has(rest[0] as string); i++) {
    const courtesy = rest[0] as string;
    rest = rest.slice(1);
    if (fits(rest)) return true;
    if (isVocative(courtesy, rest, p)) return true;
  }
  // Or after it ("Lorraine madam", "Colin sir", "Harjit ji", "Aman bhaji").
  return w.length > 1 && AFTER_NAME.has(w[w.length - 1] as string) && namesMatch(w.slice(0, -1).join(' '), person);
}

/**
 * Courtesy words many cultures put before a given name or surname in a greeting ("Sir Ramon", "Ma'am Divina",
 * "Khun Nicole", "Lic. Fuentes", "Chef Ferris", "Reverend Pierce"). Lower case, without dots.
 */
export const HONORIFICS = new Set(
  `sir madam madame mme ma'am maam ma lic licenciado licenciada ing engr eng atty arch sister sr sra srta brother
  father fr reverend rev pastor chef khun señor senor señora senora herr frau dott coach hon rabbi imam sheikh
  pak bapak bu ibu ate mam aunty auntie uncle doctor don doña dona dra mtra mtro maestra maestro dato' dato datuk
  seri tuan puan encik cik shri sri smt alhaji alhaja mallam chief sensei captain capt ustadh ustadha ustaz
  ustazah sheikha haji hajjah hajja manager director principal teacher supervisor lok bong commander cmdr
  lieutenant lt sergeant sgt major colonel col general admiral officer whaea matua profesore profesor profesora
  kuya kak mas mbak ustad pan pani panie pane pana paní`.split(/\s+/),
);

/** Courtesy words after which a name is in the vocative (Polish "Panie Piotrze", "Pani Ewo" to Piotr, Ewa). */
const VOCATIVE_AFTER = new Set(['pan', 'pani', 'panie', 'pane', 'pana', 'paní']);

/** Polish vocative endings: "Piotrze", "Ewo", "Marku", "Pawle". */
const VOCATIVE_ENDING = /^(?:e|ie|ze|u|iu|o)$/;

/**
 * "Piotrze" for Piotr, "Ewo" for Ewa, "Marku" for Marek, "Pawle" for Pawel: the name without its last letter (or
 * without the "e" before it), then a vocative ending.
 */
function isVocativeOf(word: string, name: string): boolean {
  if (name.length < 3) return false;
  return [name.slice(0, -1), name, name.replace(/e(.)$/, '$1')].some(
    (stem) => word.startsWith(stem) && VOCATIVE_ENDING.test(word.slice(stem.length)),
  );
}

/** After a Polish courtesy word, every written part is one of the person's names in the vocative. */
function isVocative(courtesy: string, written: string[], person: string[]): boolean {
  return VOCATIVE_AFTER.has(courtesy) && written.every((part) => person.some((name) => isVocativeOf(part, name)));
}

/** A greeting with a Polish courtesy word and the recipient's name in the vocative ("Pani Ewo" to Ewa Nowak). */
export function isVocativeGreeting(written: string, person: string): boolean {
  const [courtesy, ...rest] = nameParts(written);
  return courtesy !== undefined && rest.length > 0 && isVocative(courtesy, rest, nameParts(person));
}

/** Courtesy words written after a name. */
const AFTER_NAME = new Set(`sir madam madame ma'am maam ji sahib saheb sahab bhai bhaji didi garu`.split(/\s+/));

/** Common short forms of given names that are not their first letters ("Bob" for Robert). */
const SHORT_FORMS: Record<string, string[]> = {
  bob: ['robert'],
  sam: ['samantha', 'samuel'],
  dan: ['daniel', 'danielle'],
  tom: ['thomas'],
  ben: ['benjamin', 'benedikt', 'benedict'],
  nate: ['nathaniel', 'nathan'],
  kat: ['katherine', 'katarina', 'kathryn'],
  max: ['maxwell', 'maximilian', 'maxine'],
  deb: ['deborah', 'debra'],
  jen: ['jennifer'],
  pam: ['pamela'],
  ron: ['ronald'],
  tim: ['timothy'],
  val: ['valerie', 'valentina'],
  liam: ['william'],
  betty: ['elizabeth'],
  jessie: ['jessica'],
  rob: ['robert'],
  bobby: ['robert'],
  bill: ['william'],
  will: ['william'],
  liz: ['elizabeth'],
  beth: ['elizabeth', 'bethany'],
  kate: ['katherine', 'catherine', 'kathryn'],
  katie: ['katherine', 'catherine', 'kathryn'],
  cathy: ['catherine'],
  jim: ['james'],
  jimmy: ['james'],
  mike: ['michael'],
  dick: ['richard'],
  rick: ['richard'],
  rich: ['richard'],
  tony: ['anthony', 'antonio'],
  ted: ['edward', 'theodore'],
  ed: ['edward', 'edwin', 'edmund'],
  andy: ['andrew'],
  nick: ['nicholas', 'nicolas'],
  peggy: ['margaret'],
  maggie: ['margaret'],
  meg: ['margaret', 'megan'],
  jack: ['john'],
  johnny: ['john', 'jonathan'],
  jenny: ['jennifer'],
  becky: ['rebecca'],
  sandy: ['sandra', 'alexandra'],
  sasha: ['alexandra', 'alexander', 'aleksandr', 'oleksandr'],
  alex: ['alexandra', 'alexander', 'alexis', 'oleksandr', 'aleksandr', 'alejandro', 'alejandra'],
  chuck: ['charles'],
  charlie: ['charles', 'charlotte'],
  steve: ['stephen', 'steven'],
  pat: ['patrick', 'patricia'],
  patty: ['patricia'],
  sue: ['susan', 'suzanne'],
  susie: ['susan'],
  greg: ['gregory'],
  larry: ['lawrence', 'laurence'],
  harry: ['henry', 'harold'],
  hank: ['henry'],
  abby: ['abigail'],
  gabe: ['gabriel'],
  manny: ['manuel'],
  pepe: ['jose', 'josé'],
  paco: ['francisco'],
  lupe: ['guadalupe'],
  bec: ['rebecca'],
  becca: ['rebecca'],
  baz: ['barry'],
  gaz: ['gary', 'gareth'],
  dave: ['david'],
  davo: ['david'],
  mick: ['michael'],
  steph: ['stephanie'],
  tash: ['natasha'],
  nat: ['natalie', 'nathalie', 'natasha', 'nathan', 'nathaniel'],
  trish: ['patricia'],
  joe: ['joseph'],
  jo: ['joanne', 'joanna', 'josephine'],
  ken: ['kenneth'],
  ray: ['raymond'],
  fred: ['frederick', 'alfred'],
  fran: ['frances', 'francesca'],
  frank: ['francis', 'franklin'],
  terry: ['terence', 'teresa'],
  tess: ['teresa', 'tessa'],
  gerry: ['gerald', 'geraldine'],
  jerry: ['gerald', 'jerome'],
  di: ['diana', 'diane'],
  sal: ['sally', 'salvatore'],
  mo: ['mohammed', 'mohamed', 'muhammad', 'maureen'],
  bron: ['bronwyn'],
  fi: ['fiona'],
  rey: ['reynaldo', 'reyna'],
  gabi: ['gabriela', 'gabriel', 'gabrielle'],
  pancho: ['francisco'],
  kiko: ['francisco'],
  nacho: ['ignacio'],
  memo: ['guillermo'],
  beto: ['alberto', 'roberto', 'humberto'],
  lalo: ['eduardo'],
  quique: ['enrique'],
  lola: ['dolores'],
  pepa: ['josefa'],
  charo: ['rosario'],
};

/** Is `short` a familiar form of `given`: its first letters ("Jess", "Chris", "Sam") or a known short form? */
function isShortFor(short: string, given: string): boolean {
  // Four letters at least: "Ali" is not Alicia, nor "Jan" Janelle; the common three-letter forms are listed.
  if (short.length >= 4 && given.length - short.length >= 2 && given.startsWith(short)) return true;
  const full = SHORT_FORMS[short];
  if (!full) return false;
  // "Bec" for Becky: two short forms of one name ("Rebecca").
  return full.includes(given) || full.some((f) => SHORT_FORMS[given]?.includes(f));
}

/** Titles before a name, as a regex alternation (lower case). */
export const TITLES = 'mr|mrs|ms|mx|dr|prof|professor|miss';
const TITLE_WORD = new RegExp(`\\b(?:${TITLES})\\b\\.?`, 'g');

/** Honorifics written after a name ("Tanaka-san", "Sharma-ji", "Kim-nim"): the name is the part before. */
const HONORIFIC_SUFFIX = /-(?:san|sama|sensei|senpai|kun|chan|ji|nim|ssi)$/;

/** A name's parts, lower case and without accents: "María" in a greeting is the Maria of the record. */
export function nameParts(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(TITLE_WORD, ' ')
    .replace(/[^a-z\u00c0-\u024f' -]/g, ' ')
    .split(/[\s]+/)
    .map((part) => part.replace(HONORIFIC_SUFFIX, ''))
    .filter(Boolean);
}

export function resolveContext(context: ReviewContext = {}, speller?: Speller): ResolvedContext {
  const document = context.document;
  let application = context.application ? document?.applications.find((a) => a.id === context.application) : undefined;
  if (!application && document?.applications.length === 1) application = document.applications[0];
  const people = application ? peopleOf(application) : [];
  const to = context.to?.trim() || undefined;
  const recipient = to ? people.find((p) => namesMatch(to, p.name)) : undefined;
  const mine = new Set(people.map((p) => p.name.toLowerCase()));
  const otherPeople: KnownPerson[] = [];
  const otherCompanies: string[] = [];
  for (const app of document?.applications ?? []) {
    if (app === application) continue;
    if (application && app.company.trim().toLowerCase() !== application.company.trim().toLowerCase())
      otherCompanies.push(app.company.trim());
    for (const p of peopleOf(app)) if (!mine.has(p.name.toLowerCase())) otherPeople.push(p);
  }
  let texts: string[] | undefined;
  let personal: Set<string> | undefined;
  let acronyms: Set<string> | undefined;
  return {
    kind: context.kind,
    to,
    document,
    application,
    recipient,
    people,
    otherPeople,
    otherCompanies: application ? otherCompanies : [],
    speller,
    personalWords() {
      texts ??= contextTexts(document, application, to);
      personal ??= new Set(texts.flatMap(tokenize));
      return personal;
    },
    acronyms() {
      texts ??= contextTexts(document, application, to);
      acronyms ??= new Set(texts.flatMap((t) => t.match(/\b[A-Z][A-Z0-9&]+\b/g) ?? []));
      return acronyms;
    },
  };
}

function contextTexts(document?: Document, application?: Application, to?: string): string[] {
  const texts: string[] = [to ?? ''];
  if (document) {
    const c = document.candidate;
    texts.push(c.name, c.address ?? '', c.signature ?? '', ...c.achievements);
    for (const t of c.testimonials) texts.push(t.quote, t.author ?? '');
    for (const o of document.offers) texts.push(o.company);
    for (const app of document.applications) {
      texts.push(app.company, app.role);
      for (const p of peopleOf(app)) texts.push(p.name, p.interviewer?.title ?? '');
    }
  }
  if (application) {
    texts.push(application.listing ?? '', application.companyAddress ?? '');
    for (const interview of application.interviews) {
      const d = interview.debrief;
      texts.push(
        ...d.wentWell,
        ...d.wentPoorly,
        ...d.stoodOut,
        ...d.forgotToMention,
        interview.nextSteps.expected ?? '',
      );
      for (const i of interview.interviewers) texts.push(...i.topics);
    }
  }
  return texts;
}
