// More kinds of negativity, found on the corpus's train split where the first rules stayed silent: running
// down their competence or their workplace, rough words, public shaming, sarcasm and accusations of bad
// faith. Each pattern names a kind of mistake, not one message's words.
import type { PatternRule } from '../rule.js';

/** Telling how you fixed a mess is a good story: "I turned a chaotic close into a calm one". */
const FIXING = `(fixed|fix|solved|solve|automated|cleaned_up|clean_up|turned|turn_around|transformed|reorganized|reorganised|tidied|reduced|cut|eliminated|replaced|improved|streamlined|took_over|inherited|untangled|rescued|sorted_out|brought_order)`;
/** Them: the people and the process, as the subject of a criticism (not "I did not know much …"). */
const THEM = `(you|they|he|she|nobody|no_one|everyone|(your|the)_(team|managers?|recruiters?|interviewers?|panel|developers|staff|people|company|hr|hiring_manager|leadership|boss|ceo|founders?))`;

export const BITTERNESS_RULES: PatternRule[] = [
  {
    id: 'negativity.competence',
    category: 'negativity',
    severity: 'error',
    message:
      'Questioning their competence, preparation or judgement reads as bitter; leave it out, or ask a neutral question.',
    suggestions: ['I would be glad to go over any part of my background in more detail.'],
    patterns: [
      `${THEM} (don't|doesn't|didn't|do_not|does_not|did_not) (seem_to|appear_to|really)? (know|understand|have_a_clue|grasp|get) (what|how|the_role|the_job|anything|much)`,
      `(no|any|zero) (idea|clue) (what|how) (they're|they_are|you're|you_are|he's|she's|he_is|she_is|(they|you|he|she)_(was|were|are|is)|they|you) _2 (doing|talking_about|hiring_for|looking_for)`,
      `too (junior|inexperienced|young|green) to (judge|assess|evaluate|interview|understand)`,
      `${THEM} (was|were|wasn't|weren't|was_not|were_not|seemed|seem|seems) _2 (unprepared|not_prepared|distracted|bored|uninterested|clueless)`,
      `(didn't|did_not|never|hadn't|had_not) (even)? (read|look_at|looked_at|open|opened) my (cv|resume|résumé|application|portfolio|cover_letter)`,
      `(your|the|their|this|that) _3 (strategy|plan|decision|process|approach|policy|structure|timeline|setup|choice) _2 (doesn't|does_not|didn't|did_not) make (much|any)? sense`,
      `(you're|you_are|you|they're|they_are|your) _4 (years|a_decade|decades) behind`,
      `behind_the_times`,
      `(rushing|rushed|rush) me (out|through|along)`,
      `(the_office|the_place|the_site|the_interview|the_process|the_building|${THEM}) (was|were|is|are|seemed|felt) (not|hardly|barely|never) (very|particularly|especially|that|exactly)? (professional|organized|organised|welcoming|friendly|respectful|prepared|clean)`,
      `(was|were|is|are|seemed|felt) (very|quite|rather|pretty|so)? (unprofessional|unwelcoming|unfriendly|disrespectful)`,
    ],
    unless: [FIXING],
    examples: {
      pass: [
        'I did not know much about cold-chain logistics before our talk, so thank you for the tour.',
        'I was not prepared for how big the warehouse is, and I loved seeing it.',
        'It makes sense to wait for the budget decision.',
      ],
      fail: [
        "Your managers don't seem to know what they want.",
        'The recruiter had no idea what she was hiring for.',
        'Your interviewer seemed too junior to judge my work.',
        'The panel was unprepared and distracted.',
        "It was clear nobody had even read my resume — they didn't read my CV.",
        'Your pricing strategy does not make much sense to me.',
        'The office was not very welcoming.',
      ],
    },
  },
  {
    id: 'negativity.rough-words',
    category: 'negativity',
    severity: 'error',
    message: 'Rough or scornful words about them or their workplace end the conversation; take them out.',
    suggestions: ['Thank you again for considering me.'],
    skipQuoted: true,
    patterns: [
      `(nightmare|shambles|rubbish|garbage|trash|trashy|clowns?|clown_show|circus|lame|stupid|idiots?|idiotic|morons?|moronic|dumb|hell|crap|crappy|bullshit|bs|wtf|sucks|sucked|pissed|pissed_off|lazy|boring|dull|underwhelm(ed|ing)?|mediocre|subpar|sub-par|amateurs?|sloppy|filthy|dirty|ugly|disorganised|disorganized|chaotic|a_pain|a_bit_much|way_too_much|overkill|cheap|stingy|tight-fisted|second-rate|third-rate|low-rent|dump|rip-off|scam|shady|clunky|janky|cringe|cringey|cringy|tacky|shabby|naff|dodgy|laughable|pathetic|rubish|rubbbish|disrespect|disrespectful)`,
      `(🙄|😒|🤡|😤|🖕|🤬|🙃)`,
    ],
    // "I thrive in a chaotic kitchen" is about the candidate, and a "pain point" is a problem to solve.
    unless: [
      FIXING,
      `(i|i'm|i_am|i've|i_have) _3 (thrive|thrived|love|like|enjoy|enjoyed|handle|handled|used_to|comfortable|calm|stay_calm)`,
      `(pain_point|pain_points)`,
      // A kind of fraud is a job word: "a bank transfer scam", "romance scams".
      `(transfer|phone|romance|investment|email|phishing|text|lottery|bank|crypto|ticket|refund|support|rental|payment|gift_card)_(scam|scams)`,
      // A fix that is cheap is a virtue: "It is cheap, easy to remove".
      `(it's|it_is|it_was) (also|quite|really|very)? (cheap|cheaper)`,
      `(not_boring|never_boring|never_a_dull|not_dull|cheap_to_run|cheaper_to|dump_truck|dumpster|trash_(collection|pickup|removal)|garbage_(collection|truck)|hell_of_a_(good|great))`,
      // A sentence that opens with a quotation is someone else's words ("Kids forgive a bad lesson, but never a boring one.").
      `^["“”]\\w+`,
      // Said of oneself in a simile: "grinning like an idiot".
      `(like|felt_like|feel_like) (an|a|such_an|such_a|a_total|a_complete|a_total) (idiot|fool|moron|clown|kid)`,
    ],
    examples: {
      pass: [
        'I automated the boring parts of the month-end close at my last job.',
        'I turned a chaotic stockroom into a tidy one within a month.',
        'Your plan to keep the delivery routes cheap to run makes a lot of sense.',
        'I walked out of the bakery grinning like an idiot.',
        'I loved the story about the advisor who stopped a bank transfer scam mid-call.',
        'You described the "hell week" before each audit, and it made me even keener.',
        '"Kids forgive a bad lesson, but never a boring one." I wrote that on a sticky note.',
      ],
      fail: [
        'Parking was a nightmare.',
        'Honestly the whole process has been a shambles.',
        'The day-to-day work sounds a bit boring.',
        'What the hell is going on over there?',
        'The benefits seem pretty cheap.',
        'kinda lame that nobody wrote back',
        'An eight-hour take-home is a bit much.',
      ],
    },
  },
  {
    id: 'negativity.disrespect',
    category: 'negativity',
    severity: 'error',
    message: 'Saying they do not respect candidates, or that you never wanted the role, sounds bitter; leave it out.',
    suggestions: ['Thank you for your time and for considering me.'],
    patterns: [
      `(nobody|no_one|no-one|none_of_you|${THEM}) (there|here|over_there)? (really)? (respects|respect|values|value|cares_about|care_about|cares|care|appreciates|appreciate) _3 (candidates|applicants|people|anyone|anybody|anyone's|people's|my|our|other_people's)`,
      `${THEM} (doesn't|don't|didn't|do_not|does_not|did_not|never) (really)? (respect|value|care_about|appreciate) _3 (candidates|applicants|people|anyone|anybody|my|our)`,
      `(didn't|did_not|don't|do_not|never|wasn't|was_not|not) _3 (love|like|want|care_for|interested_in|keen_on|excited_about|sold_on|that_into) _4 (anyway|anyways)`,
      `(didn't|did_not|don't|do_not|never) (really|even)? (love|like|want|care_for) (the|this|that|your) (role|job|position|company|team|offer|place) (anyway|anyways|much|that_much)?`,
      `(not|never) (my|a) (first|top|real) choice (anyway|anyways)?`,
    ],
    examples: {
      pass: [
        'Your team clearly respects the people it serves, which I admire.',
        'I did not want the evening to end without thanking you.',
        'I never liked spreadsheets until I built my first budget model.',
      ],
      fail: [
        "Nobody there respects candidates' time.",
        "I didn't love the role anyway.",
        'Your company does not value anyone who applies.',
        'It was not my first choice anyway.',
      ],
    },
  },
  {
    id: 'negativity.public-shaming',
    category: 'negativity',
    severity: 'error',
    message:
      'Threatening to shame them in public (a review, the press, other candidates) ends the conversation; leave it out.',
    patterns: [
      `(one-star|1-star|one_star|bad|negative|honest|scathing) _2 (review|rating|write-up)`,
      `(post|posting|put|putting|share|sharing|write|writing|leave|leaving|writing_up) _8 (glassdoor|reddit|yelp|trustpilot)`,
      `(leave|leaving|write|writing|post|posting|give|giving|put|putting) _3 (review|reviews|rating) _2 (on|at)? (glassdoor|indeed|yelp|google|linkedin|reddit|trustpilot)?`,
      `(share|post|tell|write_about|report|talk_to) _3 (my_experience|how_i_was_treated|this|what_happened|about_this|the_way|everyone|everybody) _4 (newspaper|press|media|reporters|journalist|social_media|my_network|my_followers|online|everyone_i_know)`,
      `make_sure (other|others|everyone|people|candidates|other_candidates|the_world|my_network) _2 (know|hear|find_out|learns?)`,
      `(warn|warning) (other|others|people|candidates|applicants|everyone)`,
      // Word of mouth: "I'll be telling everyone I know to steer clear", "letting the other pilots know how this was handled".
      `(i'll|i_will|i'm_going_to|i_am_going_to|gonna) (be)? (telling|tell|letting|let|warning|warn) _3 (everyone|everybody|people|others|other|the_other|my_network|my_friends|colleagues|anyone) _8 (steer_clear|stay_away|avoid|know_(exactly|how|what)|how_(this|i|you|the))`,
      `(steer_(well_)?clear|stay_away) (of|from) (the_place|this_place|that_place|your|you|them|the_company|this_company|that_company|this_lot|that_lot)`,
      // Publishing the experience anywhere people read about employers: "im gonna put the whole thing on glassdoor".
      `(post|posting|put|putting|share|sharing|write|writing|tell|telling|broadcast|publish|publishing) _2 (my_experience|this_experience|the_experience|the_whole|what_happened|how_i_was_treated|how_you_treat|how_this|this_process|the_process|my_story|about_this|about_you|about_your|about_it|about_my_experience) _6 (glassdoor|indeed|reddit|linkedin|twitter|tiktok|facebook|instagram|yelp|google|online|social_media|the_internet|my_network|my_followers|the_press|the_papers|association)`,
    ],
    examples: {
      pass: [
        'I read the reviews on Glassdoor and the team sounds great.',
        'I look forward to sharing the case study with you.',
        'I would be glad to share my project write-up.',
        'I will share the dashboard on LinkedIn once it launches, as you suggested.',
      ],
      fail: [
        'Maybe a one-star review will get some attention.',
        'I intend to share my experience with the local newspaper.',
        'I will make sure other candidates know how I was treated.',
        'I plan to warn other applicants about this company.',
        'im gonna put the whole experience on glassdoor so other ppl know',
        'I will be sharing my experience on LinkedIn.',
        "I'll be telling everyone I know in the valley to steer well clear of the place.",
        "I'll be letting the other pilots on the forums know exactly how this recruitment was handled.",
      ],
    },
  },
  {
    id: 'negativity.manner',
    category: 'negativity',
    severity: 'error',
    message:
      'Describing how an interviewer behaved (distracted, rude, talking down) reads as a grudge; leave it out, whatever happened.',
    suggestions: ['Thank you for the time you and the panel gave me.'],
    patterns: [
      `(on|at|checking|looking_at|glued_to|scrolling|typing_on|staring_at) _2 (his|her|their) (phone|phones|laptop|laptops|screen|screens|email|emails|watch)`,
      `(barely|never|didn't|did_not|not_once|hardly|rarely) (once)? (looked|look|glanced) up`,
      `(he|she|they|someone|one_of_them|the_interviewer|the_panel|the_manager|the_gentleman|the_guy|the_lady) _6 (checking|watching) the (cricket|football|soccer|game|match|scores)`,
      `(was|were|seemed|felt|came_across_as|sounded|is|are|got|being) _2 (condescending|patronising|patronizing|dismissive|belittling|rude|arrogant|smug|snide|hostile|abrupt|curt|impatient|bored|uninterested|disinterested|distracted)`,
      `(talked|talking|spoke|speaking) down to (me|us|candidates)`,
      `(i'd|i_would|i'd_honestly|i_would_honestly) rather _8 than (work|working|be|report|reporting) (for|under|with|at|to)`,
      `(lesson|lessons|course|class|training) in (manners|courtesy|respect|basic_manners)`,
    ],
    unless: [
      FIXING,
      `(customers|callers|clients|patients|guests|passengers|tenants|students|kids|children|public|shoppers|diners|residents)`,
    ],
    examples: {
      pass: [
        'Calming rude callers was a daily part of my last job.',
        'I am never bored by reconciliation work.',
        'I turned a dismissive help desk into one customers praise.',
        'I would rather show you than tell you, so I attached the dashboard.',
        "I'll keep following the game and cheer when it ships!",
      ],
      fail: [
        'The guy who interviewed me was on his phone the whole time.',
        'She did not look up from her screen once.',
        'The second interviewer felt condescending.',
        "I'd rather stack shelves than work under that manager.",
        'Your assistant could do with a lesson in manners.',
      ],
    },
  },
  {
    id: 'negativity.workplace',
    category: 'negativity',
    severity: 'error',
    message:
      'Running down their pay, their workplace or how they are run, or praising a rival over them, reads as a grudge; keep to what you would bring.',
    suggestions: [
      'I enjoyed seeing how the team works, and I would be glad to talk through the details when the time comes.',
    ],
    patterns: [
      `(pay|salary|rate|wage|wages|compensation|package|offer) (you_offer|you_quoted|you're_offering|you_are_offering|offered|quoted)? (is|was|seems|sounds|feels|looks)? _2 (very|so|too|pretty|really|quite|frankly|honestly)? (low|peanuts|insulting|an_insult|laughable|pathetic|a_joke|lowball|below_market)`,
      `(a|an) (slap_in_the_face|insult_to|kick_in_the_teeth)`,
      `(office|place|site|building|kitchen|warehouse|break_room|breakroom|workshop|pharmacy|shop|facility|premises|lab|floor|store|depot|yard|unit|ward) (is|was|looked|seemed|felt|looks|seems|feels) _3 (sad|dark|dirty|filthy|shabby|depressing|grim|noisy|cramped|run-down|rundown|understaffed|a_mess|a_death_trap|a_dump|unsafe|dangerous|tired|dated|gloomy|grimy)`,
      `(a|an|absolute|total|complete) (death_trap|fire_hazard|health_hazard)`,
      `dropped_the_ball`,
      `(handled|run|managed|organized|organised|planned) (so|very|really|pretty|quite|extremely|incredibly)? (badly|poorly|terribly|horribly)`,
      `(badly|poorly) (managed|run|organized|organised|handled|planned)`,
      `(not|isn't|aren't|wasn't|weren't|doesn't_appear|does_not_appear|don't_seem|do_not_seem) _2 (equipped|qualified|competent|fit|able) to (run|lead|manage|handle|hire)`,
      `(the_other_(place|company|firm|team|shop|employer|agency|hospital|school|bank|restaurant)|your_competitors?|competitors|compass|the_competition) _8 (way_better|far_better|much_better|better|nicer|more_professional|actually_(know|knows|run|runs|care|cares))`,
      `(behind|worse_than|less_than) (its|your|their|the) (competitors|competition|rivals)`,
      // Their product or workplace called dated: "looks like it was made in Word in 2004", "a museum of 2012".
      `(made|built|designed|written|done) (in|with|on) (word|ms_word|paint|powerpoint|frontpage|clip_art)`,
      `(looks|look|looked|reads|read|feels|felt|seems) like _3 (19\\d\\d|200\\d|201[0-4]|the_(80s|90s|nineties|eighties|2000s))`,
      `(a|basically_a) museum_of`,
      `(ten|twenty|\\d+) years (older|behind|out_of_date|too_late)`,
      `(burned_out|burnt_out|miserable|unhappy) (staff|team|people|employees|postdocs|nurses|crew)`,
      `(looked|seemed|looks|seems|look|seem) (so|really|pretty|very|quite)? (burned_out|burnt_out|miserable|unhappy)`,
    ],
    unless: [
      FIXING,
      `(i|i'm|i_am|i've|i_was|my|me) _3 (burned_out|burnt_out|miserable|unhappy)`,
      `(customers|callers|clients|patients|guests|passengers|tenants|students|shoppers|diners|residents|members)`,
    ],
    examples: {
      pass: [
        'I cut the late-payment rate to a very low level at my last job.',
        'I would love to help the team catch up with its competitors on delivery times.',
        'The kitchen was busy, and I loved the energy.',
        'I inherited a badly planned migration at my last job and brought it in on time.',
        'Handling unhappy customers is honestly the part of the job I enjoy most.',
        'I built the 2013 sales report in Word, and it looks like the one you showed me.',
      ],
      fail: [
        'The pay you offer is very low for this responsibility.',
        '19 an hour for a lead is a slap in the face.',
        'The break room looked like a dump.',
        'Your recruiter completely dropped the ball on scheduling.',
        "I've never seen an interview handled so badly.",
        'The other place I interviewed at had way better gear.',
        'The group is badly managed and the postdocs looked burned out.',
        'The current logo looks like it was made in Word in 2004.',
        'Your stack is basically a museum of 2012.',
      ],
    },
  },
  {
    id: 'negativity.legal-threat',
    category: 'negativity',
    severity: 'error',
    message: 'A hint of lawyers, complaints or regulators turns a follow-up into a dispute; leave it out.',
    suggestions: ['Thank you for letting me know where things stand.'],
    patterns: [
      `(talk|talking|speak|speaking|consult|consulting|contact|contacting|call|calling|see|seeing|hear_from) (to|with)? (a|an|my) (lawyer|lawyers|attorney|solicitor|employment_lawyer|legal_adviser|legal_advisor|legal_team)`,
      `(i'll|i_will|i'm|i_am|i_may|i_might|i_plan_to|i_intend_to|going_to|gonna|considering|prepared_to|no_choice_but_to|will_be|i_shall|i'd|and) _2 (filing|file|lodge|lodging|submit|submitting|make|making|raise|raising) (a|an) (formal|official)? (complaint|grievance|claim)`,
      `(labor|labour|employment) (board|department|commission|ombudsman|tribunal)`,
      `(legal_action|a_lawsuit|sue_you|suing_you|take_you_to_court|see_you_in_court|discrimination_claim|report_you|better_business_bureau)`,
    ],
    examples: {
      pass: [
        'As a paralegal I helped our lawyers file a claim every week.',
        'I enjoyed hearing how the complaints team cut its backlog.',
        'I will ask my attorney friend about the bar exam dates you mentioned.',
      ],
      fail: [
        'I will be talking to a lawyer and filing a complaint.',
        'I am considering contacting an employment lawyer.',
        'Expect to hear from the labor board.',
      ],
    },
  },
  {
    id: 'negativity.backhanded',
    category: 'negativity',
    severity: 'error',
    message:
      'A compliment with a sting in it ("for a company your size", "I\'m sure it will get there eventually") reads as a dig; praise plainly or leave it out.',
    suggestions: ['I enjoyed seeing how the team works.'],
    patterns: [
      // Praise qualified by what is wrong: "for a building that clearly hasn't been decorated", "for someone who's only".
      `for (a|an|someone|somebody|a_company|a_team|a_product|people) _3 (that|who|which|who's|that's) (still|clearly|only|barely|never|calls|call|hasn't|has_not|haven't|can't|cannot|apparently|supposedly)`,
      `for (a|an) (company|team|firm|place|startup|business|shop|office|outfit|operation) (your|of_your|that) (size|age)`,
      `(someone|somebody|people|a_manager|anyone) (of|at) your (age|level|size)`,
      // Mock reassurance: "I'm sure the laptops will be upgraded eventually".
      `(i'm|i_am) (sure|certain|confident) _10 (eventually|one_day|someday|some_day|in_time|this_time|get_there|catch_up)`,
      `(kudos|congrats|congratulations|well_done|bravo|impressive|admirable|amazing|remarkable) _6 (managing|managed|manage|manages) to`,
      `nothing_says _4 like`,
      `(a|such_a|what_a|quite_a) (bold|brave|interesting|unusual|creative) (choice|decision|move|strategy) to`,
      `(actually|finally) (works|work|stays|stay|loads|load) _4 unlike (the|your|its) (current|last|old|previous)`,
      `(good|nice|great|lovely|glad|interesting|refreshing|helpful) to (see|know|learn|find_out) how (much|highly|little|seriously) (you|your_team|the_company|they|a_candidate's|candidates') _4 (value|values|respect|respects|care|cares|worth|think_of|rate)`,
      `how_much _4 (is|are) worth to (you|your_team|the_company|them)`,
      `(wasn't|isn't|was_not|is_not|weren't|aren't|not) worth (a|an|your|the)? (reply|response|call|phone_call|email|answer|courtesy|two_minutes)`,
      `(years|miles|light_years|decades|way) (ahead_of|behind) (what_you|where_we|where_i|your|you|the_rest)`,
      `no_(offense|offence) but`,
      `(clearly|obviously|fairly_obvious|plainly) _3 (doesn't|don't|didn't|does_not|do_not|did_not|can't|cannot) (really|even)? (understand|know|get|grasp|manage|handle|run)`,
      `(doing|does|did) (its|their|his|her|your) best with what (it|they|he|she|you) (has|have|had)`,
      `(your|the|their) _3 (look|looks|looked|seem|seems|seemed|felt|feels) (a_bit|rather|quite|pretty|very|so|kind_of|kinda|a_little)? (tired|dated|old-fashioned|clunky|tacky|shabby|basic|amateurish|behind)`,
    ],
    unless: [FIXING],
    examples: {
      pass: [
        'Thank you for a conversation that taught me a lot.',
        "I'm sure the new line will be a big success, and I would love to help launch it.",
        'For someone who loves cold-chain logistics, the tour was a treat.',
        'I managed to finish the case study early, so I added a second chart.',
        'It was good to see how much the team values its apprentices.',
      ],
      fail: [
        'It was a perfectly fine conversation, for a company your size.',
        "You're clearly a natural at this for someone who's only been managing for a year.",
        "I'm sure the laptops will be upgraded eventually.",
        'Kudos on managing to lose my CV twice.',
        'Nothing says deep work like a ping-pong table two feet from your desk.',
        'No offense but the app is kind of clunky.',
        "Guess my afternoon off wasn't worth a reply.",
        'Good to see how highly you value people who take a day off to come and see you.',
        "I'll be honest, your window displays look a bit tired next to the shop across the road.",
      ],
    },
  },
  {
    id: 'negativity.sarcasm',
    category: 'negativity',
    severity: 'error',
    message: 'Sarcasm reads as contempt even when the words are polite; say plainly what you want to know.',
    suggestions: ['I wanted to check whether there is any news on the role.'],
    patterns: [
      `^(i_)?(guess|suppose) (you're|you_are|you|nobody|no_one|answering|replying|writing|it's|that's|they|everyone|people)`,
      `too (important|busy|good|big) to (pick_up|reply|answer|respond|call|write|bother|get_back)`,
      `(lightning-fast|lightning_fast|super-speedy|blazing-fast|speedy) (response|reply|answer|turnaround)`,
      `(answering|replying|responding|getting_back|candidates|communication|email|emails|applicants|hiring) _3 (isn't|is_not|aren't|are_not|not) (a|your|their|much_of_a)? (priority|high_on_(the|your)_list)`,
      `what_a_(wonderful|great|lovely|nice|fantastic|brilliant|fun) way to (end|spend|start|finish|treat)`,
      `(shocking|surprise_surprise|big_surprise|what_a_surprise|colou?r_me_surprised|go_figure)`,
      `enjoying _3 (very_long|endless|extended|two-hour|three-hour) (lunch|lunches|break|breaks)`,
      `(worth_the_wait|put_(me|us|everyone|candidates|people)_through)`,
      `(thanks|thank_you|thx) for_finally`,
      `(move|moves|act|acts|reply|replies|respond|responds) (so)? (quickly|fast) when (it|you|they|someone) (wants|want|wanted|needs|need)`,
      `(only|just) (took|taken) (you|them|the_team|your_team|the_firm|the_company) _3 (weeks|months|a_month|forever|ages)`,
      `(a|an) (geological|glacial|eternity|lifetime)`,
      `(great|nice|good|lovely|wonderful|fantastic|brilliant) (to_know|to_see|way) _2 (how|to) (you|your_team|you_folks|you_guys|you_lot|they)? _2 (treat|treats|treated) (people|candidates|applicants|folks|everyone|anyone)`,
      `(really_)?(shows|says|tells_me|tells_you) (how_much|a_lot_about|all_i_need_to_know_about|everything_about) (how|you|your)`,
      `(good_luck|best_of_luck) (with_that|to_them|to_whoever|finding_anyone)`,
      `(you'll|you_will|they'll|they_will) need_it`,
      `carrier_pigeon`,
      `(really|that) set_the_tone`,
      `(kept|left|had) (me)? (waiting|sitting|standing|in_the_(foyer|lobby|hallway|reception|car_park|corridor)) _4 (minutes|hours|an_hour|half_an_hour)`,
    ],
    examples: {
      pass: [
        'I guess the main thing I learned is to test early.',
        'Thank you for the quick reply last week.',
        'Hiring a lead is clearly a priority for the team, and I would love to help.',
        'It only took two weeks to get my certificate, so I can start soon.',
      ],
      fail: [
        'Thanks for finally getting back to me.',
        'It is reassuring to see the firm can move quickly when it wants to.',
        'It only took you six weeks to tell me no.',
        'Great to know how you treat people.',
        'Tells me a lot about how you treat people.',
        'Good luck with that, you will need it with that team.',
        'Loved being kept in the foyer for forty minutes, really set the tone!',
        'Guess nobody reads these.',
        "I suppose you're too busy to reply.",
        'Thanks for the lightning-fast response.',
        'I know answering candidates is not a priority.',
        'What a wonderful way to end a month of waiting.',
        'Surprise surprise, still nothing.',
        'I hope whoever you picked was worth the wait.',
      ],
    },
  },
  {
    id: 'negativity.bad-faith',
    category: 'negativity',
    severity: 'error',
    message:
      'Accusing them of lying, ghosting or a rigged decision puts them on the defensive; describe only what happened.',
    patterns: [
      `(you|they|your_team|the_company|your_company|the_recruiter|he|she) (lied|lie|misled|deceived|strung_me_along|led_me_on|played_me|used_me)`,
      `(ghost|ghosts|ghosted|ghosting) (people|candidates|applicants|me|everyone)`,
      `never (intended|meant|planned|wanted|had_any_intention) to (hire|consider|interview|choose|pick|offer)`,
      `(decision|choice|it|the_role|the_job) (had|was|had_already|was_already|had_probably|was_probably) (been)? (made|decided|settled|filled|promised) _3 (before|long_before|already|from_the_start|internally)`,
      `(didn't|did_not|never|wasn't|was_not) (even)? (give|given|get|got) (me)? (a|an) (fair|real|proper|honest) (shot|chance|hearing|look)`,
      `unlike (you|your_team|your_company|your_recruiters|yours)`,
      `(more|much_more|far_more) (professional|organized|organised|respectful|responsive) _2 than (you|yours|your)`,
      `(rigged|a_done_deal|just_for_show|a_box-ticking_exercise)`,
    ],
    examples: {
      pass: [
        'Unlike my last role, this one would let me work with the buyers directly.',
        'The decision to move the launch made sense given the budget.',
        'You gave me a real chance to show my work, and I appreciated it.',
      ],
      fail: [
        'You lied to me about the timeline.',
        'It is pretty clear you ghost people here.',
        'You never intended to hire from outside.',
        'The decision had been made before I even walked in.',
        "I'm disappointed you didn't give me a fair shot.",
        'Unlike your team, they actually replied on time.',
        'The interview felt like a done deal.',
      ],
    },
  },
];
