// More kinds of pressure, found on the corpus's train split where the first pushiness rules stayed silent:
// orders, chasing by every channel, reproach for not having heard, "or else" bargains, announced visits and
// accusing questions. Each pattern names a kind of mistake, not one message's words.
import type { PatternRule } from '../rule.js';
import { COMPETING_OFFER, DAY } from './pushiness.js';

/** A softener that leaves the timing to them: "when you get a chance", "no rush". */
const SOFTENER = `((when|whenever|if)_you_(get|have|find)_(a|the)_(chance|moment|minute|sec|second|spare_moment)|no_rush|no_hurry|at_your_convenience|when_convenient|when_it_suits|whenever_suits|(when|whenever)_(you're|you_are)_(free|able|ready)|when_you_can)`;
const THEIR_TIMELINE = `(you|they|the_team|your_team|she|he|the_recruiter) (mentioned|said|told_me|expected|expect|planned|hoped|indicated|shared|noted|were_hoping|hoped_to|promised)`;

export const PRESSURE_RULES: PatternRule[] = [
  {
    id: 'pushiness.order',
    category: 'pushiness',
    severity: 'error',
    message: 'An order or an "or else" bargain leaves the reader no graceful answer; ask a question instead.',
    suggestions: ['Could you share where things stand when you have a moment?'],
    patterns: [
      // Only an order that opens the sentence ("Tell me …"), not "please tell me if you need more".
      `^(just_)?(give|send|schedule|explain|show|make) (me|us)`,
      `^(just_)?tell_me (now|today|immediately|already|exactly|who|why|if_i_got|whether_i_got|what_happened)`,
      `^(just_)?(decide|hurry|answer_me|respond_to_me|reply_to_me|get_back_to_me)`,
      `(you'd|you_had|you) better`,
      `hurry_up`,
      `i (must|have_to|need_to) insist`,
      `i (want|require|need|expect) (a|an|your)? (full|written|proper|complete|honest|clear|detailed)? (explanation|answer|response|reply|account|decision|yes_or_no)`,
      `(need|want) a_yes_or_no`,
      `(either) _8 or (i'm_gone|i_walk|i'll_walk|i'm_out|you'll_lose_me|you_lose_me|i'll_go|i_go|i'll_take)`,
      `or (you'll|you_will) (lose|miss) (me|out)`,
      `(i'll|i_will) (just)? assume _5 (unless|if_i_don't)`,
      `(don't|do_not) waste my (time|day|effort)`,
      `too_much_to_ask`,
      `(call|get_back_to|respond_to|reply_to|email|write) (me|to_me)? (back)? within (the_hour|an_hour|\\d+_(days|hours|minutes)|(one|two|three|five|seven|ten|twenty-four|forty-eight)_(days|hours|minutes))`,
      `i (need|want|must_have|require|expect) _5 (by|before|no_later_than|until) ${DAY}`,
      `no_exceptions`,
      // A bare "Call me back." opening the sentence (a softener or their timeline spares it, below).
      `^(just_)?(call|ring|phone) me back`,
    ],
    unless: [
      ...COMPETING_OFFER,
      THEIR_TIMELINE,
      SOFTENER,
      // "Give me a shout if there's anything else" leaves it to them.
      `(give|send) (me|us) (a_shout|a_call|a_ring|a_bell|a_buzz|a_text|a_nudge|a_heads_up|a_line|a_message) _3 (if|when|whenever|anytime|any_time)`,
    ],
    unlessReach: 1,
    examples: {
      pass: [
        'Tell me if there is anything else you would like to see from my portfolio.',
        'No rush, I know you have a lot going on. Give me a call back when you get a chance.',
        'If you need anything else from me, I am glad to send it.',
        'I have another offer and need to answer by Friday, so I wanted you to know.',
        'You mentioned a decision by Friday, so I thought I would check in.',
        "Give me a shout if there's anything else ye need.",
        'I reduced response times to within two days at my last job.',
      ],
      fail: [
        'Give me an answer this week.',
        "You'd better decide soon.",
        'I must insist on a reply.',
        'I want a full explanation of the decision.',
        'Either you raise the offer or you lose me.',
        "I'll assume the job is mine unless you say otherwise.",
        'Please call me back within the hour.',
        'I need an answer by Thursday.',
        'Call me back.',
      ],
    },
  },
  {
    id: 'pushiness.ultimatum',
    category: 'pushiness',
    severity: 'error',
    message:
      'Asking for their answer by a date "or else" is an ultimatum, even with another offer in hand; tell them the date and leave the choice to them.',
    suggestions: ['I need to answer the other offer by Thursday, so any news before then would help me decide.'],
    // No competing-offer exemption: the offer is news, the "or else" is the ultimatum.
    patterns: [
      `i (need|want|expect|require|must_have|must_get) _3 (answer|decision|reply|response|yes_or_no|your_word) _8 (otherwise|or_else|or_i'll|or_i_will|if_not_i'll|if_not_i_will)`,
      // Demanding the offer itself ("written offer" would otherwise read as news of a competing one).
      `i (expect|demand) (the|a|an|your) (written|formal|signed|final)? (offer|contract|paperwork) _4 (by|before|in_my_inbox|today|tomorrow|this_week)`,
    ],
    examples: {
      pass: [
        'I need to answer the other offer by Thursday, so any news before then would help.',
        'If you need an answer from me on the start date, I can give it by Friday.',
      ],
      fail: [
        "I need an answer by Thursday, otherwise I'll accept the other offer.",
        'I expect the written offer in my inbox by Monday morning.',
      ],
    },
  },
  {
    id: 'pushiness.chasing',
    category: 'pushiness',
    severity: 'error',
    message: 'Chasing them on every channel or without end reads as pressure; one calm note at a time is enough.',
    suggestions: ['I wanted to check in once more and see whether there is any news.'],
    patterns: [
      `(i'll|i_will|i'm_going_to|i_am_going_to) (keep|continue|go_on) (calling|emailing|writing|checking|following_up|trying|ringing|messaging)`,
      `(every|each) (morning|day|hour|afternoon) until`,
      `until (someone|somebody|you|anyone) (picks_up|answers|responds|replies|gets_back|calls)`,
      `(texted|called|messaged|emailed|contacted|rang|phoned|dm'd|dmed) _4 (your_cell|your_personal|your_mobile|your_home|everyone|everybody|your_whole_team|your_colleagues|your_boss|your_assistant)`,
      `(my|the) (last|previous|past|other) (two|three|four|five|six|several|few|\\d+) (emails|messages|notes|calls|voicemails|texts)`,
      `(gone|went|been|remain|remained|are) unanswered`,
      `(bumping|bump) (this|my_email|my_message|this_thread)`,
      // Numbered reminders: "Gentle reminder #3", "second friendly reminder".
      `(gentle|friendly|quick|polite|kind)_reminder (#\\d|#_\\d|no\\._\\d|number_\\d|[2-9]|two|three|four)`,
      `(second|third|fourth|2nd|3rd|4th|another) (gentle|friendly|quick|polite|kind)? reminder`,
      `reminder _2 (that_i_exist|that_i'm_still_here|that_i_am_still_here)`,
      `(following_up|follow_up|checking_in) (on|about) my (follow-up|follow_up|last_follow-up|previous_follow-up|reminder)`,
      // Reaching them where they did not ask to be reached, or everyone at once.
      `(got|found|grabbed|took|pulled|dug_up) (ur|your|his|her) (personal|private|cell|mobile|home)? (number|no|cell|mobile|phone_number|email_address) (off|from|on|through)`,
      `(text|call|ring|email|message|try|dm) (u|you)? again (tmrw|tomorrow|tonight|later|this_afternoon|in_an_hour|first_thing|monday|tuesday|wednesday|thursday|friday)`,
      `(messaged|contacted|emailed|texted|pinged|dm'd|dmed|wrote_to|reached_out_to) (each|every|all) _5 (panel|team|engineers|interviewers|members|colleagues|people)`,
      `(linkedin|whatsapp|facebook|instagram) to (your|all_of_your|each_of_your|all_your|the) (team|colleagues|team_members|panel|interviewers|staff)`,
      `(included|copied|cc'd|cc'ed|ccd|looped_in|added) _8 (in|on|to) (this_email|this_thread|this_message|the_thread|this_mail)`,
      `(taken|took) the_liberty _4 (invite|meeting|calendar|call|booking|slot|appointment)`,
      `(again|once_more) since (it's|it_has) been (\\d+|twenty-four|forty-eight|two|three|a_few) (hours|days)`,
    ],
    examples: {
      pass: [
        'I will keep the portfolio link live in case it helps.',
        'I wanted to follow up on our conversation about the spring schedule.',
        'Every morning I check the dispatch board before the drivers arrive.',
      ],
      fail: [
        "I'll keep calling until I reach someone.",
        'I have texted your cell and emailed your assistant about this.',
        'My last three emails went unanswered.',
        'Got your cell number off the board in the lounge, so I figured I would text you direct.',
        'gonna text again tmrw if not',
        "I've also messaged each of the four engineers from my panel.",
        'I also sent a message on LinkedIn to your team members Ana and Joel.',
        'I have included Sir Ramon and the HR head in this email.',
        'I have taken the liberty of sending you a meeting invite for Monday.',
        'Just bumping this to the top of your inbox.',
        "I'm following up on my follow-up from Monday.",
        'Gentle reminder #3: I am still awaiting the feedback.',
        'This is my second friendly reminder about the role.',
      ],
    },
  },
  {
    id: 'pushiness.reproach',
    category: 'pushiness',
    severity: 'error',
    message:
      'Saying you expected to hear by now makes their silence a fault; ask whether there is news, without the reproach.',
    suggestions: ['I wanted to check whether there is any news on the role.'],
    patterns: [
      `(thought|figured|assumed|expected|was_expecting|were_expecting|was_hoping|had_hoped) _4 (have_heard|hear|heard|a_call|a_reply|a_response|an_answer|an_update|something|from_you) _4 (by_now|yesterday|already|sooner|before_now|last_week|this_week|by_(monday|tuesday|wednesday|thursday|friday|yesterday|the_end_of_the_week)|at_least)`,
      `(was|were) (really|honestly)? (expecting|waiting_for) (a|your) (call|reply|response|answer|email|decision)`,
      `(sat|waited|been_waiting|was_waiting|stayed) _4 (by_the_phone|all_day|all_week|waiting_for_(your|a)_(call|reply|email))`,
      `after (everything|all_the_(time|effort|work|preparation)) (i|i've|i_have) (did|done|put_in|gave|went_through|invested|sacrificed)`,
      `the_least (you|they|someone|anyone) (could|can|might) (do|have_done)`,
      // Their silence, not one's own ("Sorry for going quiet").
      `(?<!(sorry|apologies|apologise|apologize|my_bad|excuse_me)_(for|about)_(me_)?)(gone|went|going) (quiet|silent|dark)`,
      `(strange|odd|weird) _3 (that_you|you_haven't|you've_gone|nobody|no_one|i_haven't|that_nobody|not_to_hear|to_not_hear)`,
      `(surely|i'm_sure) you (remember|recall|haven't_forgotten)`,
      `(waiting|waited) (patiently)? _3 for (a|over_a|more_than_a|two|three|four|several) (month|months|weeks)`,
      `(tired|sick|fed_up|weary) (of|with) (waiting|the_wait|being_(ignored|kept_waiting|strung_along|chased)|chasing)`,
      `(i|i_guess|so_i|ok_so_i|so) (take_it|guess|assume) (that's|thats|that_is|it's|its) a_no`,
      `^(i_)?take_it (that|there's|there_is|theres|that_there's|that_there_is) (no_interest|no_news|no_point|a_no|you're_not_interested)`,
      `surely (you've|you_have|you|the_team|they've|they_have|someone|somebody) _4 (decided|made_(a|your|their|the)_(decision|call|choice)|your_mind_up|their_mind_up|up_your_mind|by_now)`,
      `i (expected|was_expecting|had_expected) (your|a|the) (call|reply|answer|email|response|decision|feedback) (already|by_now|this_week|last_week|yesterday|as_you_promised|as_promised)`,
      `(whatever|fine|anyway)[,.]? _3 (i_have|i've_got|i_got|there_are) (other|plenty_of_other|better) (options|offers|places|companies)`,
    ],
    unless: [...COMPETING_OFFER],
    examples: {
      pass: [
        'You mentioned you hoped to decide by Friday, so I wanted to check in.',
        'I understand these decisions take time.',
        'After all the interviews, I am even more excited about the team.',
        'After all the time I spent on the case study, I enjoyed presenting it.',
      ],
      fail: [
        'Frankly, I am tired of waiting.',
        'Whatever, I have other options.',
        'ok so i take it thats a no then',
        'I expected your call already this week, as you promised.',
        "Take it there's no interest then.",
        "Surely you've made your mind up by now.",
        "I figured I'd have heard something by now.",
        'I was really expecting a call from you yesterday.',
        'I sat by the phone all day waiting for your call.',
        'After everything I put in, the least you could do is write back.',
        'It is strange that nobody has written back.',
        "I've been waiting patiently for over a month now.",
      ],
    },
  },
  {
    id: 'pushiness.accusing-question',
    category: 'pushiness',
    severity: 'error',
    message: 'This question accuses them (of ignoring you, of a hidden reason); ask whether there is any news instead.',
    suggestions: ['Is there any update you can share on the timeline?'],
    patterns: [
      `(did|have) i (do|done|say|said) (something|anything) (wrong|bad|to_upset|to_put_you_off|to_offend|to_annoy)`,
      `(was|is) it (something|anything) i (said|did|wrote)`,
      `is_there_a_reason _3 (you're|you_are|you've|you_have|nobody|no_one|i_haven't|i've_not) _3 (ignoring|not|been|avoiding|hasn't|haven't)?`,
      `(what's|what_is|where's|where_is) (the|my) (holdup|hold-up|delay|problem|issue|offer|answer|reply|contract|decision)`,
      `(why|how_come) (am|was) i (not|being|still)`,
      `(why|how_come) (nobody|no_one|no-one|nobody's|no_one's|you_(haven't|have_not|don't|didn't|never|aren't))`,
      `is_this (normal|standard|usual|how_you|the_way_you) _4 (in|at|for) (your|this)`,
      `(are|were) you (ignoring|avoiding|ghosting|dodging) (me|my)`,
      `(did|have) you (even|actually|ever) (read|look_at|open|get|see) (my|it|this)`,
      `(i'm|i_am|so_i'm) (guessing|assuming|taking_it) _4 (someone_else|you_(went|chose|picked|hired|gave)|no_news|not_(interested|happening)|i_didn't_get|i_wasn't|nobody)`,
      `i_(guess|suppose) (no|not|i_wasn't|i'm_not|you're_not|you_aren't|you_didn't|you_don't|nobody|that_means|that's_a_no|it's_a_no)`,
      `(obviously|clearly|evidently|apparently) (you're|you_are|you|your_team|nobody|no_one) _2 (not_interested|aren't_interested|don't_care|didn't_care|never_(read|replied|answered|wrote)|can't_be_bothered|don't_(read|reply|answer)|isn't_interested)`,
      `(don't|do_not|can't|cannot) (understand|see) why (you|you've|you_haven't|nobody|no_one|i_haven't|i_wasn't)`,
    ],
    unless: [...COMPETING_OFFER],
    examples: {
      pass: [
        'Is there anything else I can send to help your decision?',
        'Why not start with the returns desk? I could begin there.',
        'What is the next step in the process?',
        'I guess the biggest lesson from that project was to test early.',
        "I'm assuming the start date is not fixed yet.",
        "Clearly you don't cut corners on safety, which I respect.",
      ],
      fail: [
        'Did I do something wrong?',
        'Was it something I said in the second round?',
        "Is there a reason you're ignoring my emails?",
        "What's the holdup?",
        'I guess no interest then.',
        "Obviously you're not interested, but a reply would be nice.",
        "I don't understand why you haven't called.",
        'Why nobody is answering my emails?',
        'Is this normal in your company?',
      ],
    },
  },
  {
    id: 'pushiness.visit',
    category: 'pushiness',
    severity: 'error',
    message: 'Announcing a visit to their office to get an answer puts them on the spot; stay with email or phone.',
    suggestions: ['If a call is easier, I would be glad to talk whenever suits you.'],
    patterns: [
      `(i'll|i_will|i'm_going_to|i_am_going_to|i_plan_to|i'm_planning_to|i'll_just|i_might|i_may|i'm_gonna) _2 (come_by|stop_by|drop_by|swing_by|pop_by|pop_in|pop_into|show_up|turn_up|walk_in|visit|head_over|come_down|come_over|drop_in) _6`,
      `(talk|speak) to _4 (manager|owner|boss|supervisor) (myself|in_person|directly)`,
      `since _3 (email|emails|calling|phone|the_phone) _3 (doesn't|don't|isn't|aren't|hasn't|won't) _2 (work|working|seem)`,
    ],
    // A visit they asked for is an errand, not pressure.
    unless: [
      `(as_you_asked|you_asked|you_invited|invited_me|as_agreed|as_we_agreed|we_agreed|as_discussed|you_suggested|to_drop_off|to_pick_up|to_sign|my_appointment|to_bring)`,
    ],
    examples: {
      pass: [
        'I would be happy to come in for another conversation if that helps.',
        'You invited me to drop off my portfolio, so I will bring it on Monday as we agreed.',
        'I visited three of your stores last month and liked the layout.',
      ],
      fail: [
        "I'll stop by your office on Friday to get an answer.",
        "Since email doesn't seem to work, I'll come by in person.",
        "I'm going to show up at the restaurant tonight.",
      ],
    },
  },
];
