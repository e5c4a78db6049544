// The cues the sentence judge looks for, as data: whom a sentence is about and what it does. Each act is a
// list of phrase patterns (pattern.ts syntax) over the normalized sentence. The trained model weighs these
// cues with the sentence's words and sentiment; the cues alone do not decide.

/** Words that point at the employer, its people or its process. */
export const EMPLOYER_WORDS = new Set(
  `you your yours yourself yourselves y'all they them their theirs team company firm organization organisation
  process recruiter recruiters recruiting hr management manager managers department interviewer interviewers
  interview interviews hiring staff leadership people nobody anyone anybody everyone someone office panel
  committee boss director ceo employer business agency`.split(/\s+/),
);
/** Words that point at the candidate. */
export const SELF_WORDS = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);
/** Words that open a negation scope, which runs to the next punctuation mark. */
export const NEGATORS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nobody',
  'none',
  'nothing',
  'neither',
  'nor',
  'hardly',
  'barely',
  'without',
  'cannot',
  "can't",
  "don't",
  "didn't",
  "won't",
  "wouldn't",
  "isn't",
  "wasn't",
  "haven't",
  "hasn't",
]);

export type Act =
  | 'demand'
  | 'ultimatum'
  | 'threat'
  | 'accusation'
  | 'complaint'
  | 'plea'
  | 'hardship'
  | 'sarcasm'
  | 'insult';

/** Phrase cues for each act (pattern.ts syntax, matched within the sentence). */
export const ACT_CUES: Record<Act, string[]> = {
  demand: [
    `(you|u) (must|need_to|have_to|should|better|had_better|owe_me|are_obligated_to)`,
    `(i|we) (expect|require|demand|insist|deserve)`,
    `(asap|immediately|right_away|at_once|right_now|urgently)`,
    `(give|send|tell|answer|respond|reply|call) (me|us)? _2 (now|today|tonight|immediately)`,
  ],
  ultimatum: [
    `if (i|we) _3 (don't|do_not|haven't|have_not|can't|cannot|won't) _4 (hear|get|receive|see)`,
    `(otherwise|or_else|failing_that|or_i'll|or_i_will)`,
    `(by|before|until|no_later_than|within) _2 (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end_of_(day|week)|eod|eow|\\d+_(hours|days))`,
    `(last|final) (chance|time|email|message|attempt|try|warning|note)`,
    `(assume|take_that_as|take_it_as|consider) _3 (no|not_interested|a_no|rejected|filled|over|the_answer)`,
    `(move_on|look_elsewhere|withdraw|pull_my|go_elsewhere|accept_another|take_another)`,
  ],
  threat: [
    `(review|reviews|rating|glassdoor|indeed|linkedin|reddit|twitter|social_media|yelp|lawyer|attorney|legal|lawsuit|sue|report|complaint|labor_board|bbb)`,
    `(tell|warn|let) (everyone|everybody|people|others|my_network|friends)`,
    `(show_up|come_by|stop_by|drop_by|visit|come_in|come_down|walk_in) _4 (office|in_person|person|building|tomorrow|monday|tuesday|wednesday|thursday|friday)?`,
    `(your|the) (boss|manager|ceo|supervisor|director|owner|superiors|higher-ups)`,
  ],
  accusation: [
    `why (is|isn't|are|aren't|was|wasn't|has|hasn't|have|haven't|did|didn't|does|doesn't|won't|can't|would|wouldn't) _4 (taking|take|long|reply|respond|answer|hear|get_back|call|tell|ignore|ignoring|wrong|anyone|nobody)`,
    `(did|have|was|am) i (do|done|say|said|mess|messed|blow|blew|screw|screwed) _3 (wrong|something|it|up)`,
    `(ignore|ignored|ignoring|ghost|ghosted|ghosting|strung_along|stringing_me|lied|lying|misled|mislead)`,
    `(what's|what_is|what) (the|going_on|happening|taking|the_holdup|the_hold-up|the_delay)`,
    `(you|they|someone|nobody|no_one) (said|promised|told_me|claimed) _4 (but|yet|still)`,
  ],
  complaint: [
    `(disappoint|disappointed|disappointing|disappointment|frustrat|frustrated|frustrating|annoy|annoyed|annoying|upset|unhappy|dissatisfied|fed_up|sick_of|tired_of)`,
    `(disorganized|disorganised|chaotic|messy|confusing|unprepared|late|rude|cold|dismissive|careless|sloppy|slow|poorly|badly|mismanaged|sour|bitter|awkward|uncomfortable|unfriendly|unwelcoming|outdated|behind|boring|dull|tedious|cheap|stingy|underwhelmw*|lacklustre|lackluster|mediocre)`,
    `(no|little|zero) (idea|clue|sense|respect|organization|structure|communication) _3 (what|how|of|for|about)?`,
    `(seem|seems|seemed|appear|appears|appeared) _3 (lost|confused|unprepared|clueless|distracted|bored|uninterested|disinterested|to_have_no|not_to_know)`,
    `(respect|respects|value|values|care|cares|appreciate) _3 (candidates|people|applicants|anyone|my_time|our_time)`,
    `(didn't|did_not|don't|do_not|never|wasn't|not) _2 (love|like|enjoy|want|care_for|impressed|interested|a_fit|that_interested)`,
    `(long|weeks|forever|ages|a_while|so_long|too_long|a_month|months) _3 (wait|waiting|silence|without|no_word|to_hear)`,
    `(still|yet) _3 (nothing|no_word|no_news|no_reply|no_response|haven't_heard|not_heard)`,
  ],
  plea: [
    `(please|begging|beg|pleading|plead|implore)`,
    `(give|offer) me (a|one|this|the) (chance|shot|try|break)`,
    `(anything|whatever) (it_takes|you_have|is_open|you've_got)`,
    `(literally|absolutely|seriously)? (anything|any_job|any_role|any_position|whatever) _2 (open|available|at_all|is_fine|works)`,
    `(any|whatever) (role|position|job|salary|pay|terms|hours)`,
    `(desperate|desperately|hopeless|hoping_and_praying|praying|pray|prayers|fasting|god_will|blessing|if_that's_what_it_takes|if_thats_what_it_takes)`,
    `(for_free|unpaid|without_pay|half_the_(salary|pay)|less_than_the_(posted|advertised)|any_salary|minimum_wage)`,
  ],
  hardship: [
    `(bills|rent|mortgage|debt|debts|loans|repayment|savings|money|afford|broke|paycheck|income|finances|financial|financially|evicted|eviction|unemployment|dole|welfare|homeless|shelter|survive|survival|quid|bucks)`,
    `(unemployed|laid_off|layoff|layoffs|let_go|out_of_work|between_jobs|jobless|without_(work|a_job|income)|redundant|made_redundant)`,
    `(tight|hard|tough|rough|difficult|scary|stressful) _3 (at_home|for_us|for_my_family|financially|lately|right_now|these_days|since)`,
    `(nowhere|no_one|nobody|nothing) else (to_turn|to_go|left)`,
    `(my|our) (family|kids|children|wife|husband|partner|mom|dad|parents)`,
    `(don't|do_not|not_sure|no_idea) _2 (what|how) _4 (do|manage|cope|survive|get_by|make_it)`,
    `(struggling|struggle|hard_time|tough_time|rough_time|difficult_time|stressful|stress|anxious|anxiety|sleepless|losing_sleep)`,
    `(need|needs|needed) _3 (job|work|income|position|role|this|offer|yes)`,
  ],
  sarcasm: [
    `i_(guess|suppose|take_it|gather)`,
    `(thought|figured|assumed|expected) _3 (hear|heard|would|by_now)`,
    `(apparently|evidently|clearly|obviously|surely|must_be|so_much_for|how_nice|how_kind|nice_to_know|good_to_know|lovely|wonderful|great|funny|shocking|surprise)`,
    `(no|zero) (interest|respect|courtesy|response|word)`,
    `(well|oh|okay|ok|fine)[,.]? (then|i_guess|whatever)?`,
    `(whatever|anyway|anyways)`,
  ],
  insult: [
    `(idiot|idiots|moron|morons|stupid|dumb|clown|clowns|fool|fools|joke|jokes|incompetent|useless|pathetic|ridiculous|amateur|amateurs|amateurish|clueless|lazy|liars|liar|hack|hacks|arrogant)`,
    `(shit|crap|damn|hell|wtf|bs|bullshit|screw|sucks|suck|pissed|fuck|fucking|freaking|effing)`,
    `(waste|wasted|wasting) _2 (time|day|effort|energy)`,
  ],
};

export const ACTS = Object.keys(ACT_CUES) as Act[];
