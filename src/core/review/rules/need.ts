// More kinds of desperation, found on the corpus's train split where the first rules stayed silent: anxious
// waiting, pleading, working for nothing, having no other options. Each pattern names a kind of mistake.
import type { PatternRule } from '../rule.js';

export const NEED_RULES: PatternRule[] = [
  {
    id: 'desperation.anxious',
    category: 'desperation',
    severity: 'error',
    message:
      'Telling them how anxious the wait makes you puts your feelings on their desk; keep the note about the role.',
    suggestions: ['I remain very interested and look forward to hearing about next steps.'],
    patterns: [
      `(can't|cannot|couldn't|could_not|haven't_been_able_to|have_not_been_able_to|unable_to) (sleep|eat|think_about_anything_else|stop_thinking_about_(whether|if|what|how|your_decision|the_decision|it_all)|stop_worrying|focus)`,
      `(checking|refreshing|check|refresh|checked|refreshed) _3 (email|emails|inbox|phone|voicemail|the_portal) _3 (nonstop|non-stop|constantly|all_day|all_night|hourly|every_hour|every_few_minutes|every_five_minutes|every_ten_minutes|every_day_since|obsessively)`,
      `counting_down_the_days`,
      `(i'm|i_am|i_was|i've_been|i_have_been|i_feel|i_felt|feeling|i'm_so|i_am_so|i'm_honestly|honestly) _2 (terrified|scared|petrified|worried_sick|panicking|panicked|devastated|heartbroken|a_wreck|a_mess|falling_apart|at_my_wits'_end)`,
      `i (broke_down|burst_into_tears|cried|was_crying|was_in_tears|teared_up|started_crying|couldn't_stop_crying)`,
      `my (mental_health|sanity)`,
      `(losing_my_mind|losing_hope|lost_hope|losing_sleep)`,
      `(on_pins_and_needles|sick_with_worry|beside_myself)`,
    ],
    // Moved by their story ("I teared up when you described your first night shift") is warmth, not worry.
    unless: [
      `(teared_up|cried|in_tears|got_teary|welled_up) _3 (when|as|while|hearing|listening) _2 (you|she|he|they|your|the_team)`,
    ],
    examples: {
      pass: [
        'I check the dispatch board every morning before the drivers arrive.',
        'Your program helps kids who are scared of the dentist, which I love.',
        'I am looking forward to hearing about next steps.',
        'I check my email every morning before the store opens.',
        'The conveyor broke down twice, and I rewired it.',
        'Your mental health program for staff is impressive.',
        'I teared up a little when you described your first night on the phones.',
      ],
      fail: [
        "I haven't been able to sleep since the interview.",
        "I've been refreshing my inbox every hour.",
        "I'm terrified I'll be passed over again.",
        'I broke down crying after I left.',
        'This search is wrecking my mental health.',
        'I have been checking my email every hour since we spoke.',
      ],
    },
  },
  {
    id: 'desperation.plea',
    category: 'desperation',
    severity: 'error',
    message: 'Pleading for a chance reads as desperation; say once, calmly, what you would bring.',
    suggestions: ['I would welcome the chance to be considered for future openings.'],
    patterns: [
      `(give|grant|offer) me (another|one_more|a_second|a|just_one) (chance|shot|try|opportunity)`,
      `please _4 (reconsider|don't_give_up_on_me|do_not_give_up_on_me|don't_forget_me|consider_me_for_anything|give_me_a_chance)`,
      `(don't|do_not) give_up_on_me`,
      `(eternally|forever|deeply) (indebted|in_your_debt|grateful_to_you_for_any)`,
      `i('m|_am|_was|'ve_been|_have_been)? (really|truly|honestly)? (counting|banking|relying) on (this|you|it|getting_(it|this|the_job)|this_one)`,
      `(find|offer|give) me (something|anything) (else)?`,
      `(anything|any_role|any_position|any_job) _2 (at_all|in_the_company|you_have|you've_got|that's_open|that_is_open|available)`,
      `(not|probably_not|maybe_not) the (strongest|best|most_qualified|ideal|perfect) (candidate|applicant|fit) _4 (but|please)`,
      `(save|change|turn_around) my (life|family|year)`,
      `(really|truly|honestly) thought (this|it|you) (was|were|would_be) (the_one|it|my_chance)`,
      `(beg|begging|implore|imploring|pleading|plead)`,
      `^please _2 (i_need|i_really_need|need) _2 (this|it|the_job|a_job)`,
    ],
    examples: {
      pass: [
        'Please let me know if you need anything else from me.',
        'I would welcome the chance to talk again if another role opens.',
        'The launch you described could change the way stores order stock.',
      ],
      fail: [
        'Please give me another shot.',
        "I know I'm not the strongest candidate, but please don't give up on me.",
        'I would be eternally indebted for any chance.',
        'I was really counting on this.',
        'Could you find me something else in the company, anything at all?',
        'This job would save my life.',
        "I'm begging you to reconsider.",
      ],
    },
  },
  {
    id: 'desperation.no-options',
    category: 'desperation',
    severity: 'error',
    message:
      'Saying you have no other options, or would work for nothing, tells them you are out of choices; leave it out.',
    patterns: [
      `(work|start|work_the_first_(week|month)|do_it|do_a_trial) _4 (for_free|unpaid|without_(pay|extra_pay|being_paid|compensation)|for_nothing|for_no_pay)`,
      `(weekends|nights|overtime|any_shift|any_hours|every_shift) _5 (without_(extra_)?pay|unpaid|for_free)`,
      `(nothing|no_other_(offers|options|interviews|prospects|leads)) (else)? (lined_up|on_the_horizon|in_sight|coming_up|going_on)`,
      `(applied|sent_applications|applied_for|applied_to) _2 (over|more_than|nearly|almost)? \\d+ (jobs|positions|roles|companies|places)`,
      `(the_only|my_only) (interview|offer|callback|call_back|response|reply|chance|hope) (i've|i_have|i|in)`,
      `(nobody|no_one|no-one) (else)? (is_going_to|will|wants_to|would) (hire|take_a_chance_on|give_me_a_chance|want) me`,
      `(have_to|had_to|might_have_to|may_have_to|will_have_to|'ll_have_to|forced_to) (move|moving) back`,
      `insurance (runs|is_running|will_run|ran|is_about_to_run) out`,
      // Offering to work for less than the job pays, said any way.
      `(i'd|i_would|i_will|i'll|i_can|i_could|i'm_happy_to|happy_to|willing_to|prepared_to|ready_to|glad_to) _8 (for_free|unpaid|without_pay|for_nothing|for_no_pay|on_a_volunteer_basis|half_(the|my)_(salary|pay|rate)|less_than_(the_)?(posted|advertised|listed|asking|offered)_(salary|pay|rate|range)|far_less|much_less|a_lower_salary|any_salary|minimum_wage)`,
      // No roof, no money left, survival at stake.
      `(sleeping|living|staying) (in)? (my|our|a) (car|truck|van|friend's_couch|shelter|hostel)`,
      `(couch_surfing|couch-surfing|i'm_homeless|i_am_homeless|we're_homeless|homeless_shelter)`,
      `(matter_of_survival|(can't|cannot|won't|couldn't|don't_know_if_i_can)_survive|survive_another)`,
      `(down_to|left_with|living_on) (my|our)? last _2 (dollars|bucks|quid|pounds|euros|rupees|pesos|rand|naira|$d+|£d+|€d+)`,
      `(on_the_dole|on_welfare|(relying|rely|living)_on_(benefits|welfare|the_food_bank|food_banks))`,
      // Nothing else in play: "I haven't applied anywhere else", "it's you or nothing".
      `(haven't|have_not|didn't|did_not|not|never) (even)? (applied|applying|apply) _2 (anywhere|any_other|to_any_other|for_any_other|elsewhere)`,
      `(you|this_job|this_role|this) or nothing`,
    ],
    examples: {
      pass: [
        'I have worked nights and weekends during the holiday rush.',
        'I applied the same checklist to 40 stores last year.',
        'This is the first interview where I got to meet the whole crew, and I enjoyed it.',
        "I'm moving back home to Denver next month, which is why the role fits so well.",
        'I would love to help the food bank reach more families.',
        'I am happy to send the survival analysis code from my thesis.',
      ],
      fail: [
        'I can work the first month for free to prove myself.',
        'I have literally nothing else lined up.',
        "I've applied to over 200 jobs and this is the only interview I've had.",
        'Nobody else is going to hire me at my age.',
        "If this doesn't work out I'll have to move back in with my parents.",
        'My insurance runs out at the end of the month.',
        "I'd honestly do the first month for free if it means getting a foot in the door.",
        'I would accept half the salary if needed.',
        "I've been sleeping in my truck since October.",
        "I'm down to my last forty quid.",
        "I'm on the dole and it runs out next month.",
        "I haven't applied to any other airline.",
        "It's you or nothing for me.",
      ],
    },
  },
];
