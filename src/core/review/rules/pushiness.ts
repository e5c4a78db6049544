// Pushiness: demands, deadlines of the candidate's own, counting messages, escalation threats, shouting.
// A competing offer's deadline is different: telling them about it is legitimate and helpful, so sentences
// about another offer are left alone by the deadline rules.

import type { CheckRule, Hit, PatternRule } from '../rule.js';
import type { PreparedText } from '../text.js';
import { LEGAL_AS_LAST_RESORT, REPORT_NOUN } from './bitterness.js';
import { bodySpan } from './context.js';
import { inCapitalLine } from './generic.js';

export const DAY = `(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|tomorrow|tonight|noon|today|eod|cob|close_of_business|end_of_(the_)?(day|week|month)|the_end_of_(the_|this_|next_)?(day|week|month)|this_week|next_week|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?_\\d+|the_\\d+(st|nd|rd|th)?|\\d+/\\d+)`;
/** Sentences about a competing offer or another deadline the candidate is bound by. */
/** The word that labels a line of call notes ("CALL - Tasha @ Glow Theory", "CALL Harpreet"): only that word. */
const LINE_LABEL = /^[ \t]*(?:CALL|RING|NOTES?|TODO|VOICEMAIL|SCRIPT)(?:[ \t]*[-–:][ \t]*|[ \t]+)\p{Lu}\p{Ll}/u;

function isLineLabel(text: string, w: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', w.start - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, w.start)) && LINE_LABEL.test(text.slice(lineStart, w.end + 12));
}

export const COMPETING_OFFER = [
  `(another|competing|other|second|a_different|an_outside|separate|written|pending|existing|firm|formal) (job)? (offer|offers)`,
  `offer_from`,
  // "another company offer me site job in Reading", "a hospital in Leeds offered me nights".
  `(another|other|a_different|one_more) (company|firm|employer|agency|hospital|school|shop|store|practice|clinic|bank|site) _4 (offer|offers|offered|offering|gave|has_given|made) (me|a_job|a_role|a_position|me_a_(job|role|position|place))`,
  // "A firm in Sandton has made me an offer", "another delivery company offered me a route".
  `(received|got|gotten|have|had|been_given|been_made|made_me|extended|given_me|gave_me) _2 (an|a|one|another) _1 offer`,
  `(offered_me|has_offered|have_offered|had_offered|(been|was|were|got|get|getting|being)_offered)`,
  `(the|an|their|that) offer (deadline|expires|expiring|is_due|decision)`,
  `(respond|reply|answer|decide) (to|on) (an|another|a_competing|the_other|their|that) offer`,
  `(respond|reply|answer|decide) (to|on) (another|the_other)`,
];

export const PUSHINESS_PATTERN_RULES: PatternRule[] = [
  {
    id: 'pushiness.demand',
    category: 'pushiness',
    severity: 'error',
    message: 'Demanding an answer pressures the reader; ask politely whether there is any update instead.',
    suggestions: ['Is there any update you can share on the timeline?'],
    patterns: [
      `i (demand|insist)`,
      `i (expect|require) (a|an|your|some|to_hear|to_receive|to_get|to_be_told) (answer|response|reply|decision|update|explanation|call|feedback|back|from)`,
      `i (expect|require) to (receive|get) _3 (feedback|decision|answer|response|reply|explanation)`,
      `i (really|just|now|still)? (need|want|deserve|expect) (an|a|some|your) (answer|response|reply|decision|explanation|update)`,
      `you (must|need_to|have_to|are_required_to|should|better|had_better|owe_me) (respond|reply|answer|get_back|let_me_know|tell_me|call_me|decide|inform_me|update_me|give_me|an_answer|a_response|an_explanation)`,
      `(respond|reply|answer|get_back_to_me|call_me|write_back|let_me_know|tell_me|update_me|inform_me|hear_back|hear_from_you|decision) _3 (asap|a\\.s\\.a\\.p|immediately|right_away|at_once|urgently|without_delay|as_soon_as_possible|straight_away)`,
      `(i'm|i_am|i've_been|i_have_been|still) (still)? waiting (for|on) (a|an|your|some|any)? (answer|response|reply|decision|word|update|news|call)`,
      `(answer|respond_to|reply_to) (me|my_(email|emails|message|messages|calls|question|questions))`,
      `owe_me (a|an) (answer|response|reply|explanation|call)`,
      `(won't|will_not|can't|cannot|can_not) (wait|keep_waiting|hold_out|hold_on) (forever|much_longer|any_longer|indefinitely|long)`,
      `(have|deserve) (a|the|every)? right to (an_explanation|feedback|an_answer|the_notes|a_reply|see_the)`,
      `i (want|demand|expect|insist_on) (to_receive|to_be_sent|a_copy_of|copies_of) _3 (the|my|all|your) _3 (feedback|notes|scores|scoring|scorecard|scorecards)`,
    ],
    // "Please don't feel you have to answer right away" takes the pressure off.
    unless: [
      ...COMPETING_OFFER,
      `(don't|do_not|please_don't|never) (feel|think) (that)? (you|u) (have|need|must|should)`,
      `(no|there's_no|there_is_no|theres_no) need (for_you)? to`,
      `(not|never) (expecting|expect) (you|a|an|any)`,
      `needn't`,
    ],
    // "I have another offer due Friday. Could you let me know as soon as possible?" is news, not a demand, even
    // when the offer was told a paragraph earlier.
    unlessReach: 1,
    unlessAnywhere: COMPETING_OFFER,
    examples: {
      pass: [
        "I'd be glad to answer any questions you have.",
        'I have another offer that I must answer by Friday. You are my first choice, so I would be grateful to hear back as soon as possible.',
        'I expect the team is busy with year-end, so no pressure at all.',
        'I could start right away if that helps the team.',
        'Is there any update you can share on the timeline?',
        'I would welcome any feedback you are able to share.',
      ],
      fail: [
        'I expect an answer this week.',
        'I demand a response.',
        'I expect to receive written feedback and a final decision within five working days.',
        'You must respond to my application.',
        'Please get back to me ASAP.',
        'I am still waiting for a reply.',
        'I deserve an explanation.',
        'Please answer my emails.',
        'After three rounds I believe I have a right to an explanation.',
        'I want to receive copies of the panel notes and scores.',
      ],
    },
  },
  {
    id: 'pushiness.own-deadline',
    category: 'pushiness',
    severity: 'error',
    message:
      'A deadline of your own reads as an ultimatum; drop it, unless you are telling them about a competing offer.',
    patterns: [
      `(let_me_know|tell_me|get_back_to_me|get_back|respond|reply|answer|confirm|decide|hear_back|hear_from_you|update_me|a_decision|a_response|a_reply|an_answer|an_update|your_decision|your_answer|your_response|your_reply) _4 (by|before|no_later_than|until) ${DAY}`,
      `if i (don't|do_not|haven't|have_not) (hear|heard) (back|from_you|anything)? _5 (by|before|within|in|soon|this_week|next_week|${DAY})`,
      `if i (don't|do_not|haven't|have_not) (receive|received|get|got|see) (an|a|your|the|any)? (answer|reply|response|decision|update|word|news|offer|confirmation) _5 (by|before|within|this_week|next_week|${DAY})`,
      // Silence taken as an answer: "if I don't hear by Friday I'll take it as a yes".
      `(i'll|i_will|i'm_going_to) (take|treat|read) (your_silence|silence|no_reply|no_answer|no_response|that_silence) as (a|an)? (yes|no|acceptance|agreement|confirmation|answer)`,
      `if i (don't|do_not|haven't|have_not) (hear|get_a_reply|get_an_answer) _8 (take|treat) (it|that) as (a)? (yes|no|acceptance|agreement)`,
      `(you've_got|you_have|you_get|i_give_you|i'll_give_you) (until|till|til) _4 to _4 (or|otherwise|or_else)`,
      `i (give|am_giving) you (until|till|til)`,
      `(otherwise|or_else|if_not) _2 (i'll|i_will|i_am_going_to|i'm_going_to|i_shall) (assume|withdraw|move_on|take|go_with|accept|look_elsewhere|pursue)`,
      `(i'm|i_am|i'll|i_will) (giving|give) you (until|till|a_deadline|one_more|\\w+_more_days|the_rest_of)`,
      `(reply|respond|answer|hear|hear_back|get_back|let_me_know|call|write_back|decide|decision|response|update) _4 (within|in_the_next) (24|48|72|twenty-four|forty-eight|two|three|\\d+) (hours|business_days|days)`,
      `(let_me_know|get_back_to_me|respond|reply|answer_me|call_me|update_me|tell_me|write_back) (today|tonight|tomorrow|this_week|now|right_now)`,
      `(take|taking) my (talents|skills|services|experience) elsewhere`,
      `(absent|barring|failing|without) (any)? (communication|word|reply|response|notice|news|objection|message|answer) (to_the_contrary)? _4 (i_shall|i'll|i_will|i'm_going_to) (presume|assume|take|consider|treat) _4 (confirmed|accepted|agreed|mine|a_yes)`,
    ],
    // A competing offer anywhere in the note makes its deadline news, not pressure.
    unlessAnywhere: COMPETING_OFFER,
    // Restating the timeline they gave is not a deadline of one's own.
    unless: [
      `(i've|i_have|i_was|i'm_being|i_am_being|i've_been|i_have_been|been|they've|they_have) (been)? (asked|told) (me)? to`,
      `(has|have|had) (asked|told) me to`,
      `(no|there's_no|there_is_no) need (for_you)? to`,
      // One's own commitment to answer elsewhere: "a contract I'd need to confirm by the 25th".
      `(i|i'd|i_would|i'll|i_will|i_have|i've_got|i'll_have) (need|have|got) to (confirm|decide|respond|reply|answer|sign|let_them_know|tell_them|give_notice|commit)`,
      // Taking the pressure off: "please don't feel you need to reply this week".
      `(don't|do_not|please_don't|never) (feel|think) (that)? (you|u) (have|need|must|should)`,
      // One's own answer to them: "otherwise I'll confirm with you by Friday".
      `(i'll|i_will|i'd|i_would|i_can|i_could|i_shall) (confirm|let_you_know|get_back_to_you|reply_to_you|respond_to_you|give_you_my_(answer|decision))`,
      // Offering one's own answer later: "would it be okay if I gave you my answer by Thursday?"
      `(would_it_be|is_it|would_that_be|may|could|can) (ok|okay|alright|all_right|possible|fine|i) (if)? (i|for_me_to)? _2 (give|gave|send|get) you my (answer|decision) _2 (by|before|until)`,
      // Asking for time to decide on their offer: "may I have time until Monday to discuss with my family?"
      `(may|could|can|might) (i|we) (please)? (have|take|get|ask_for) (some|a_little|a_bit_of|a_few|more|the)? (time|days|a_few_days|a_week|the_weekend|until|till)`,
      // Their own offer, taken either way: "If not, I'll accept as is".
      `(accept|take|sign) (it|the_offer|your_offer)? (as_is|anyway|regardless|either_way|as_it_stands)`,
      `(you|they|the_team|your_team|she|he) (mentioned|said|told_me|expected|expect|planned|hoped|indicated|shared|noted|were_hoping|hoped_to)`,
      // Another employer's deadline, told as news ("They need an answer by Friday").
      `^(they|the_other_(company|firm|employer|team)) (need|needs|want|wants|expect|expects|require|requires|asked_for|gave_me)`,
      // The candidate's own answer owed elsewhere: "needs an answer from me by Friday", "asked for my answer by the 20th".
      `(needs|need|wants|want|asked_for|asks_for|expects|require|requires) (an_answer|a_decision|a_reply|a_response|confirmation) from (me|us)`,
      `(asked|asks|asking|wants|want|needs|need|expects|expect|requires|require) (for)? my (answer|decision|reply|response|confirmation)`,
    ],
    examples: {
      pass: [
        "I'll take that as confirmation that Monday at 9 works for you, and book my train.",
        "I'm happy to cancel it if you need an answer sooner, otherwise I'll confirm with you by Friday.",
        "If I don't get in this time, I'd love to apply again next year.",
        "If I don't see you before you leave, have a wonderful holiday.",
        'I need to respond to another offer by January 16, so I wanted to let you know where things stand.',
        'I have an offer from Globex with a deadline of Friday, and Acme remains my first choice.',
        'Another carrier has made me a conditional offer and asked for my answer by the 14th.',
        'My practice has asked me to confirm by the end of next week whether I will renew my contract.',
        "Please don't feel you need to reply this week.",
        "I know you're busy, so no need to reply today.",
        "I'm holding a short contract that I'd need to confirm by the 25th.",
        "Could the housing be two months? If not, I'll accept as is.",
        'I will be traveling until Friday but can reply to email.',
        'Before I give final answer, may I have time until Monday to discuss with my family?',
        'You mentioned a decision by next week, so I wanted to check in.',
        'Quick heads up, another delivery company offered me a full-time route.\n\nIf you can let me know before Thursday that would be great, if not totally fine.',
        'The landlord needs a decision from me by Friday about the lease, so I may be slow to reply.',
        'My union branch wants my answer by the 9th on the committee seat.',
      ],
      fail: [
        'May I have your reply until Thursday, or I will go with the other company?',
        'Please let me know by Friday.',
        'I would appreciate a decision before Monday.',
        "If I don't hear back by Thursday, I'll assume the role is filled.",
        'Kindly reply within 48 hours.',
        "If I don't hear from you by Friday I'll take it as a yes.",
        "You've got till 5pm today to match it or I'm out.",
        'I give you until tomorrow at midday.',
        'If I do not receive an answer by Wednesday, I will withdraw my application.',
        'Get back to me today, please.',
        "Otherwise I'll withdraw my application.",
        'I need an update no later than January 20.',
        'Absent any word to the contrary by Friday, I shall assume the job is mine.',
      ],
    },
  },
  {
    id: 'pushiness.why-havent',
    category: 'pushiness',
    severity: 'error',
    message: 'Asking why they have not answered sounds like an accusation; ask whether there is any news instead.',
    patterns: [
      `why (haven't|have_not|hasn't|has_not|didn't|did_not|won't|will_not|don't|isn't|is_not|can't|cannot|aren't|wasn't) (you|anyone|anybody|someone|no_one|i|it|this|there|the_team|your_team|my)`,
      `(what's|what_is|what_has_been|what's_been) taking (so|this|such_a) long`,
      `(why|how) (is|does|did|has) (it|this|the_process|the_decision|everything) (taking|take|taken) (so|this) long`,
      `how_much_longer`,
      `(how_long|how_much_more) (do|must|will|should|am) i (have_to|going_to|supposed_to)? (wait|be_waiting)`,
      `still_no (reply|response|answer|word|news|update|decision)`,
      `why (is|are|isn't|aren't) (nobody|no_one|anyone|anybody|someone|you|your_team) (answering|responding|replying|getting_back|calling)`,
    ],
    unless: COMPETING_OFFER,
    examples: {
      pass: [
        'How long does the onboarding period usually last?',
        'I understand these decisions take time.',
        'Why the team chose NetSuite was a great story.',
      ],
      fail: [
        "Why haven't you replied to my last note?",
        "Why hasn't anyone called me back?",
        "What's taking so long?",
        'How much longer will this take?',
        'Still no reply from your side.',
        'Why is nobody answering me?',
      ],
    },
  },
  {
    id: 'pushiness.counting',
    category: 'pushiness',
    severity: 'error',
    message:
      'Counting your messages reads as a complaint; write each note as if it were the first, with something new.',
    patterns: [
      `(this_is|this_will_be|it's|it_is|this's) (now|already)? (my|the) (second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|\\d+th) (email|e-mail|message|note|attempt|time|follow-up|follow_up|followup|request|try|call|voicemail)`,
      `(i've|i_have|i) (now|already)? (emailed|called|written|written_to|messaged|contacted|reached_out|reached_out_to|left|followed_up|tried_to_reach|tried_to_contact|sent|phoned) _3 (several|multiple|many|numerous|three|four|five|six|a_few|countless|repeated|\\d+) (times|emails|messages|voicemails|notes|calls|attempts)`,
      `(my|after|despite|i've_sent|i_have_sent|sent_you) (several|multiple|numerous|repeated|countless|many|three|four) (emails|messages|voicemails|calls|attempts|follow-ups|notes|tries|reminders)`,
      `(yet_another|one_more|another|second|third|final) (reminder|follow-up_reminder)`,
      `^(second|third|fourth|fifth|sixth) (email|e-mail|message|note|attempt|try|follow-up|voicemail)`,
      `^this_is (four|five|six|number_four|number_five)`,
      `yet_again`,
      `(i|i've|i_have) (keep|kept|been) (emailing|calling|writing|following_up|reaching_out|chasing)`,
      `(again_and_again|over_and_over|time_and_again)`,
      `(as|like) i (already|previously|have_already)? (said|wrote|asked|stated|told_you) (in_my_(last|previous|earlier|first|other)|before|previously|last_time|twice)`,
    ],
    examples: {
      pass: [
        'Thank you once again for your time.',
        'I enjoyed meeting the team and learning how the close works.',
        'Our team handles many calls from store managers each week.',
      ],
      fail: [
        'Fourth email.',
        'This is my third email about the position.',
        'I have emailed you several times without a reply.',
        'After my multiple messages, I hoped to hear something.',
        'Here is yet another reminder about my application.',
        'As I said in my last email, I am still interested.',
        'I keep following up because I am interested.',
      ],
    },
  },
  {
    id: 'pushiness.escalate',
    category: 'pushiness',
    severity: 'error',
    message: 'Threatening to go over their head or post a review ends the conversation; leave threats out entirely.',
    patterns: [
      `(i'll|i_will|i'm_going_to|i_am_going_to|i_may_have_to|i_might_have_to|i_may_need_to|forced_to|no_choice_but_to|i_plan_to|i_intend_to|i_shall) _2 (contact|call|email|write_to|reach_out_to|go_to|complain_to|escalate_(this|it|this_matter)?_?to|report_(this|you)?_?to|take_(this|it|the_matter)_to|cc|copy|loop_in) _2 (your|the) (manager|boss|supervisor|ceo|cfo|coo|president|owner|owners|board|hr|hr_department|human_resources|director|head|vp|leadership|higher-ups|superiors|management|executives|labor_board)`,
      `go_over (your|his|her|their) (head|heads)`,
      // Copying someone senior in to get an answer: "I've copied Dr. Lindgren, the museum director, so that …".
      `(i've|i_have|i'm|i_am) (also)? (copied|cc'd|cced|ccd|looped_in|copying|cc'ing|looping_in) _6 (manager|boss|supervisor|ceo|director|head|vp|president|owner|chief|partner|superintendent|principal) _6 (so_that|so|to_make_sure) _3 (someone|somebody|finally|an_answer|a_reply|a_decision|an_update|i_get|i_can_get|i_finally)`,
      `(copying|cc'ing|ccing|cc|looping_in|forwarding_this_to) (your|the) (manager|boss|supervisor|ceo|cfo|coo|president|owner|board|director|vp|leadership|management)`,
      `(escalate|escalating) (this|the_matter|it|my_(case|application|complaint))`,
      `(leave|write|post|share|give) _2 (review|reviews|rating|complaint)`,
      `(post|posting|write|writing|share|sharing|tell_everyone|telling_everyone) _4 (on|at) (glassdoor|linkedin|indeed|twitter|reddit|social_media|yelp|facebook)`,
      `(my_lawyer|my_attorney|legal_action|a_lawsuit|sue_you|file_a_complaint|formal_complaint|better_business_bureau)`,
      { match: `report_you`, unless: [REPORT_NOUN] },
      `(raising|raise|take|taking|report|reporting) (this|it|the_matter) _2 (with|to) (my|the|your) (mp|congressman|congresswoman|councillor|councilman|senator|ombudsman|union|lawyer|solicitor|attorney|labour_board|labor_board|tribunal)`,
    ],
    unless: [LEGAL_AS_LAST_RESORT],
    examples: {
      pass: [
        'I look forward to connecting with you on LinkedIn.',
        'I enjoyed reading how the team reviews the month-end results.',
        'I would be glad to speak with your CFO if that helps.',
        "I've copied Dana, the office manager, who asked for my references.",
        'The audit report you shared shows how far the team has come.',
      ],
      fail: [
        'I will contact your manager about this.',
        'I may have to escalate this to your CEO.',
        'I plan to leave an honest review of this process.',
        'I will post about this experience on Glassdoor.',
        'I will go over your head if I must.',
        "I've copied Ms. Ortiz, the clinic director, so that someone can finally give me an answer.",
        "I'm copying your CEO on this email.",
        'I will be raising this with my MP.',
      ],
    },
  },
];

/** Short all-caps words are usually acronyms (SQL, CPA, IBM); longer ones are in this list or read as shouting. */
const ACRONYMS = new Set(
  `HIPAA NASDAQ FINRA COBOL SCADA UNICEF DARPA CISSP CRISC COBIT ERISA TOEFL USMLE NCLEX EBITDA MATLAB FORTRAN
  NVIDIA GRAPHQL NOSQL HTTPS OAUTH CMMC FEDRAMP PCI-DSS SOC2 ISO SAML LINUX UNIX ASCII UNESCO NAACP OSHA FEMA NATO
  CPHIMS PMBOK ITIL SWIFT ACCA CIMA CGMA CFA CIA CISA CIPP IFRS GAAP COSO`.split(/\s+/),
);

const CAPS_WORD = /^[A-Z][A-Z']*[A-Z]$|^[IA]$/;
/**
 * Words that in capitals are emphasis. Any other lone capitalized word is more likely a name (an "NRP and STABLE
 * certificate", a SCRUM board) and counts as shouting only in a run with a common word ("I AM", "THE JOB").
 */
const SHOUTED_SHORT = new Set(
  `NOW NOT NEED VERY WHY ANY MUST JUST NEVER STILL HAVE THIS JOB YOU YOUR CALL BACK WANT SOON TODAY REAL HEAR ONE
  REALLY EXTREMELY ABSOLUTELY DEFINITELY PLEASE URGENT URGENTLY IMMEDIATELY ANSWER ANYTHING EVERYTHING ANYONE
  NOBODY SERIOUSLY TOTALLY HONESTLY WAITING ALREADY AGAIN NEEDED ALWAYS INCREDIBLY TRULY EVER HUGE DESPERATELY
  RESPOND REPLY WEEKS MONTHS`.split(/\s+/),
);
/** Words whose capitals are delight, not shouting. */
const WARM_CAPS = new Set(
  'SO GOOD GREAT LOVE LOVED AMAZING AWESOME EXCITED FUN COOL BEST THANK THANKS YES WOW IT OMG YAY HOORAY WOOHOO HAPPY THRILLED'.split(
    ' ',
  ),
);
/** Small words that may sit in a run of delight ("YES I accept", "I'M IN") without making it a shout. */
const WARM_FILLER = new Set("I I'M IN SO IT A CAN AM DO".split(' '));
/** Common words that turn a run of capitals into a shouted phrase ("I AM", "THE JOB"). */
const COMMON = new Set(
  'I A AM IS ARE BE THE AND TO OF IN ON FOR ME MY IT SO DO DID HAS CAN ALL WILL GET NO YES OR AN AT'.split(' '),
);

export const PUSHINESS_CHECK_RULES: CheckRule[] = [
  {
    id: 'pushiness.all-caps',
    category: 'pushiness',
    severity: 'error',
    message: 'Words in capitals read as shouting; use normal case and let the words carry the emphasis.',
    check(text, context) {
      // A note typed wholly in capitals is the writer's habit, not selective shouting (style.all-caps-note); a call
      // script's capitals are the caller's reminders to themselves ("Do NOT bring up salary"), never heard.
      if (mostlyCapitals(text) || context.kind === 'call-script') return [];
      const hits: Hit[] = [];
      const known = context.acronyms();
      let run: Hit[] = [];
      let singles: Hit[] = [];
      let shouted = false;
      const speller = context.speller;
      const flush = () => {
        // Capitals of delight ("SO GOOD", "LOVED IT") are enthusiasm, not pressure.
        const said = run.map((h) => text.text.slice(h.start, h.end));
        const warm =
          /^THANK/.test(said[0] ?? '') ||
          said.join(' ') === "I'M IN" ||
          (said.some((w) => WARM_CAPS.has(w)) && said.every((w) => WARM_CAPS.has(w) || WARM_FILLER.has(w)));
        if (warm) singles = singles.filter((h) => !run.some((r) => r.start === h.start));
        hits.push(...singles);
        singles = [];
        // An acronym and a pronoun ("what boots and PPE I need") are not a shouted phrase: count the words the
        // dictionary knows (all of them when there is no speller).
        const plain = said.filter(
          (w) => !speller || !/^[A-Z]{2,5}$/.test(w) || COMMON.has(w) || speller.correct(w.toLowerCase()),
        );
        if (plain.length >= 2 && shouted && !warm)
          hits.push({ start: (run[0] as Hit).start, end: (run[run.length - 1] as Hit).end });
        run = [];
        shouted = false;
      };
      const signature = signatureStart(text);
      for (const w of text.words) {
        // A name signed in capitals is a signature, not shouting; nor is a heading typed in capitals ("RE: APPLICATION
        // FOR …") or a label opening a line of notes ("CALL - Tasha").
        if (
          !CAPS_WORD.test(w.text) ||
          (w.start >= signature && !PLEADING.has(w.text)) ||
          inCapitalLine(text.text, w.start) ||
          isLineLabel(text.text, w)
        ) {
          flush();
          continue;
        }
        const acronym = ACRONYMS.has(w.text) || known.has(w.text);
        const previous = run[run.length - 1];
        if (previous && !/^[ \t]+$/.test(text.text.slice(previous.end, w.start))) flush();
        if (!acronym && SHOUTED_SHORT.has(w.text)) singles.push({ start: w.start, end: w.end });
        run.push({ start: w.start, end: w.end });
        if (!acronym && (COMMON.has(w.text) || SHOUTED_SHORT.has(w.text))) shouted = true;
      }
      flush();
      return mergeHits(hits);
    },
    examples: {
      pass: [
        {
          text: 'Call notes\n- Thank her for the depot tour.\n- Do NOT bring up salary.',
          context: { kind: 'call-script' },
        },
        "OMG I'M SO HAPPY, thank you!",
        'I passed the CPA exam and use SQL and NetSuite daily.',
        'I kept the team HIPAA compliant through two audits.',
        'Thank you for the tour of the IBM office. I liked it.',
        'My IT and HR partners at Fabrikam, the CFO and I met weekly.',
        'I can send my NRP and STABLE certificates.',
        'The demo of the bidding dashboard was SO GOOD, thank you for showing me.',
        'THANK YOU SO MUCH FOR THE TRIAL TODAY, I had a great time.',
        'OMG YES. I accept, thank you so much!',
        "Just got your email and I'M IN! Thank you.",
        'YES I accept, and I can start on the 3rd.',
        'Let me know what boots and PPE I should show up with.',
        'CALL - Tasha @ Glow Theory\n- Thank her for the trial.',
      ],
      fail: [
        'I am VERY interested and need an ANSWER soon.',
        'PLEASE let me know.',
        'I AM interested in the role.',
        'Thank you for the interview. I NEED TO KNOW THIS WEEK WHETHER I GOT THE JOB.',
        'Thanks for the interview.\nPLEASE CALL ME BACK TODAY\nBest, Sam',
        'URGENT: I NEED AN ANSWER TODAY, thanks.',
      ],
    },
  },
  {
    id: 'pushiness.exclamations',
    category: 'pushiness',
    severity: 'error',
    message: 'Doubled exclamation marks read as shouting or impatience; use a single full stop.',
    check(text) {
      const hits: Hit[] = [];
      for (const m of text.text.matchAll(/[!?]*!{2,}[!?]*|\?!+|!\?+|\?{2,}/g)) {
        // Doubled marks press only on a request or a wait ("Any update??", "Please reply!!!"); "Thank you so
        // much!!", "so sorry for the slow reply!!" and "your grandmother??" are warmth (style.exclamations still
        // asks for one mark).
        const s = text.sentences.find((x) => m.index >= x.start && m.index < x.end);
        const sentence = s ? text.norm.slice(s.start, s.end) : '';
        if (!PRESSING.test(sentence) || (!m[0].includes('?') && (WARM.test(sentence) || m[0].length < 3))) continue;
        hits.push({ start: m.index, end: m.index + m[0].length });
      }
      return hits;
    },
    examples: {
      pass: [
        'Thank you for a great conversation!',
        'Is there any update on the timeline?',
        'Thank you so much!!',
        'See you soon!!',
        'so sorry for the slow reply!!',
        'The sourdough starter named after your grandmother??',
      ],
      fail: ['Any news yet??!', 'Please tell me something!!!', 'Any update??', 'Still waiting?!'],
    },
  },
];

const PRESSING =
  /\b(please|pls|checking|following|follow|answer|reply|respond|call|let me know|tell me|update|news|hear|heard|waiting|wait|still|now|asap|today|decide|decision|anything|something|anyone)\b/;
const WARM =
  /\b(thank|thanks|thx|ty|excited|glad|great|love|loved|enjoy|enjoyed|happy|pleasure|wonderful|amazing|awesome|congrat\w*|appreciate\w*|fun|cool)\b/;

/** Capitals that shout even in a last short line ("PLEASE CALL ME"). */
const PLEADING = new Set([
  ...COMMON,
  ...SHOUTED_SHORT,
  'PLEASE',
  'ASAP',
  'URGENT',
  'IMMEDIATELY',
  'RESPOND',
  'REPLY',
  'ANSWER',
]);

/** Where the sign-off block starts: the trailing run of short lines (at most three words each, no full stop). */
function signatureStart(text: PreparedText): number {
  let start = text.text.length;
  for (let i = text.sentences.length - 1; i >= 0; i--) {
    const s = text.sentences[i] as { start: number; end: number };
    const line = text.text.slice(s.start, s.end);
    if (s.start < text.bodyStart || line.split(/\s+/).length > 3 || /[.!?]$/.test(line)) break;
    start = s.start;
  }
  return start;
}

/** More than eight in ten of the body's words of two or more letters are in capitals. */
export function mostlyCapitals(text: PreparedText): boolean {
  const words = text.bodyWords.filter((w) => /^[A-Za-z'’]{2,}$/.test(w.text));
  const caps = words.filter((w) => !/[a-z]/.test(w.text)).length;
  return words.length >= 8 && caps / words.length > 0.8;
}

export const ALL_CAPS_NOTE: CheckRule = {
  id: 'style.all-caps-note',
  category: 'style',
  severity: 'warning',
  message: 'The whole note is in capitals, which many readers take as shouting; retype it in normal case.',
  check: (text) => (mostlyCapitals(text) ? [bodySpan(text)] : []),
  examples: {
    pass: ['Thank you for the interview today. I enjoyed meeting the crew and I hope to hear from you.'],
    fail: ['THANK YOU FOR THE INTERVIEW TODAY. I ENJOYED MEETING THE CREW AND I HOPE TO HEAR FROM YOU.'],
  },
};

/** Overlapping or touching hits become one. */
export function mergeHits(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else out.push({ ...h });
  }
  return out;
}
