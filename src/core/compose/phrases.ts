// Every phrasing the drafts use, several per part, all written for this project. A draft picks one per part
// with a stable hash (see hash.ts). Keep each phrasing calm and specific: no pleading, no pressure.

export interface Vars {
  first: string;
  company: string;
  role: string;
  /** "today", "on Monday", "on January 5". */
  when: string;
  /** "Monday, January 5". */
  date: string;
  topic: string;
  /** By format: "meet with me", "speak with me", "meet with me over video". */
  meet: string;
  /** "meeting with me", "speaking with me", "meeting with me over video". */
  meeting: string;
  /** "we met", "we spoke", "we met over video". */
  met: string;
  /** "our conversation", "our call", "our video call". */
  talk: string;
}

/** "meet with me today about": `when` may be empty (a note drafted before the interview). */
const at = (when: string) => (when ? ` ${when}` : '');

type P = (v: Vars) => string;

export const GREETING: P[] = [(v) => `Dear ${v.first},`, (v) => `Hello ${v.first},`, (v) => `Hi ${v.first},`];

export const SIGN_OFF = ['Best regards,', 'Kind regards,', 'With thanks,', 'Warm regards,'];

// Thank-you notes
export const THANKS_SUBJECT: P[] = [
  (v) => `Thank you for the ${v.role} interview`,
  (v) => `Thanks for ${v.meeting} about the ${v.role} role`,
  (v) => `Grateful for our conversation, ${v.first}`,
  (v) => `Thank you from a ${v.role} candidate`,
];

export const THANKS_OPENING: P[] = [
  (v) => `Thank you for taking the time to ${v.meet}${at(v.when)} about the ${v.role} position.`,
  (v) => `I appreciated the time you spent with me${at(v.when)} talking about the ${v.role} role at ${v.company}.`,
  (v) =>
    v.when
      ? `Thanks again for ${v.meeting} ${v.when}; I enjoyed learning more about the ${v.role} opening.`
      : `Thank you for ${v.meeting} about the ${v.role} opening; I enjoyed learning more about it.`,
  (v) => `I am grateful for the ${v.talk} we had${at(v.when)} about the ${v.role} role at ${v.company}.`,
];

/** A thank-you written days after the interview owns the delay, briefly and without fuss. */
export const THANKS_OPENING_LATE: P[] = [
  (v) =>
    `This note is later than I intended, but I still want to thank you for taking the time to ${v.meet} ${v.when} about the ${v.role} position.`,
  (v) =>
    `I should have written sooner to thank you for our ${v.talk} ${v.when} about the ${v.role} role at ${v.company}, and I did not want more time to pass.`,
  (v) =>
    `A little time has passed since we ${v.met} ${v.when}, and I still want to thank you for talking with me about the ${v.role} role at ${v.company}.`,
];

export const THANKS_TOPIC: P[] = [
  (v) => `Our conversation about ${v.topic} stayed with me afterward.`,
  (v) => `I especially enjoyed hearing your thoughts on ${v.topic}.`,
  (v) => `Talking through ${v.topic} with you gave me a much clearer picture of the work.`,
  (v) => `Your perspective on ${v.topic} is the part of the day I keep coming back to.`,
];

/** When the topic is the person's own ("your plan to split the orders service"). */
export const THANKS_TOPIC_OWN: P[] = [
  (v) => `Hearing about ${v.topic} was a highlight of our ${v.talk}.`,
  (v) => `I especially enjoyed hearing about ${v.topic}.`,
  (v) => `What you shared about ${v.topic} gave me a much clearer picture of the team.`,
  (v) => `Learning about ${v.topic} is the part of the day I keep coming back to.`,
];

export const THANKS_INTEREST: P[] = [
  (v) => `I am excited about the chance to join ${v.company} and would welcome the next step in the process.`,
  (v) => `Our conversation made me even more interested in the ${v.role} role, and I look forward to the next step.`,
  (v) => `I remain very interested in joining your team at ${v.company} and look forward to the next stage.`,
  (v) =>
    `The ${v.role} role at ${v.company} is one I would be glad to take on, and I hope to continue the conversation.`,
];

export const THANKS_CLOSE = [
  'Thank you again for your time.',
  'I appreciate your time and the thought you put into our conversation.',
  'Thanks once more for a conversation I enjoyed and learned a great deal from.',
  'I hope the rest of your week goes well.',
];

// The listing's need, answered by an achievement. `need` is in the listing's words; `proof` is first-person.
export const ASSET_ACTION: Array<(need: string, proof: string) => string> = [
  (need, proof) => `The role calls for someone who can ${need}, and that is work I know well: ${proof}.`,
  (need, proof) => `Since the team is looking for someone to ${need}, I thought of my own record there: ${proof}.`,
  (need, proof) => `You are looking for someone who can ${need}; as one example, ${proof}.`,
];
export const ASSET_PHRASE: Array<(need: string, proof: string) => string> = [
  (need, proof) => `The listing puts real weight on ${need}, which is familiar ground for me: ${proof}.`,
  (need, proof) => `Because the role leans on ${need}, I wanted to mention that ${proof}.`,
  (need, proof) => `On ${need}, which the role depends on, I can point to a concrete result: ${proof}.`,
];
export const ASSET_PLAIN: Array<(proof: string) => string> = [
  (proof) => `One example of what I would bring: ${proof}.`,
  (proof) => `As a concrete example of my work, ${proof}.`,
  (proof) => `A result I am proud of and would build on: ${proof}.`,
];

export const TESTIMONIAL: Array<(quote: string, author: string) => string> = [
  (quote, author) => `As ${appositive(author)} once put it, "${quote}"`,
  (quote, author) => `${appositive(author)} summed up my work this way: "${quote}"`,
  (quote, author) => `One comment I still value came from ${author}: "${quote}"`,
];
/** "Priya Natarajan, CFO at Fabrikam" needs a closing comma before a verb. */
function appositive(author: string): string {
  return author.includes(',') ? `${author},` : author;
}
export const TESTIMONIAL_ANON: Array<(quote: string) => string> = [
  (quote) => `A former colleague summed up my work this way: "${quote}"`,
  (quote) => `One comment on my work I still value: "${quote}"`,
  (quote) => `As a past manager put it, "${quote}"`,
];

export const FORGOT: Array<(point: string, v: Vars) => string> = [
  (point) => `One thing I did not get to mention when we spoke: ${point}.`,
  (point) => `I also wanted to add something that did not come up: ${point}.`,
  (point, v) =>
    `Something I meant to bring up ${v.when === 'today' ? 'earlier' : v.when || 'when we talked'}: ${point}.`,
];

// Status touches
export const CHECKIN_SUBJECT: P[] = [
  (v) => `Checking in on the ${v.role} position`,
  (v) => `${v.role} role: checking in`,
  (v) => `Following up on our ${v.date} conversation`,
];

/** `timeline` is a clause such as "you expected to have news by next week". */
export const CHECKIN_OPENING: Array<(v: Vars, timeline: string) => string> = [
  (v, timeline) => `When we ${v.met} about the ${v.role} position at ${v.company} on ${v.date}, ${timeline}.`,
  (v, timeline) =>
    `I am writing to check in on the ${v.role} position at ${v.company}; when we spoke on ${v.date}, ${timeline}.`,
  (v, timeline) =>
    `I hope your week is going well. During our conversation about ${v.company} on ${v.date}, ${timeline}, so I wanted to check in.`,
];
/** After their reply: the date it gave, never the interview's older timeline. */
export const CHECKIN_OPENING_REPLY_DATE: Array<(v: Vars, replied: string, by: string) => string> = [
  (v, replied, by) =>
    `In your note on ${replied}, you mentioned a decision on the ${v.role} position by ${by}, so I wanted to check in.`,
  (v, replied, by) =>
    `I am checking in on the ${v.role} role at ${v.company}; when you wrote on ${replied}, you expected to decide by ${by}.`,
  (v, replied, by) =>
    `Thank you again for your update on ${replied}. You expected to reach a decision on the ${v.role} role by ${by}, so I am checking in.`,
];
export const CHECKIN_OPENING_REPLY: Array<(v: Vars, replied: string) => string> = [
  (v, replied) =>
    `Thank you for your note on ${replied}. I wanted to check in on the ${v.role} position at ${v.company}.`,
  (v, replied) => `Since your update on ${replied}, I wanted to check in on the ${v.role} role at ${v.company}.`,
  (v, replied) =>
    `I hope your week is going well. I am following up on your note from ${replied} about the ${v.role} position.`,
];
export const CHECKIN_OPENING_NO_TIMELINE: P[] = [
  (v) => `I hope you are well. I am checking in on the ${v.role} position at ${v.company} we discussed on ${v.date}.`,
  (v) => `I wanted to check in on the ${v.role} role at ${v.company} since our conversation on ${v.date}.`,
  (v) =>
    `I hope your week is going well. I am writing about the ${v.role} position at ${v.company} we talked about on ${v.date}.`,
];

export const CHECKIN_INTEREST: P[] = [
  (v) => `I am still very interested in the role, and our talk about ${v.topic} has stayed on my mind.`,
  (v) => `My interest in joining ${v.company} has only grown since we talked about ${v.topic}.`,
  (v) => `Thinking back on our discussion of ${v.topic}, I remain enthusiastic about the role.`,
];

export const OFFER_INFO = [
  'If references, work samples or anything else would help with your decision, I would be happy to send them.',
  'If there is anything else I can provide to help with your decision, please let me know.',
  'If it would be useful, I can share references or more detail on any part of my background.',
];

export const ASK_UPDATE = [
  'Could you let me know where things stand with the search?',
  'Is there any update you can share on the timing of the next step?',
  'Would you be able to share an update on the hiring timeline?',
];

export const STATUS_CLOSE = [
  'Thank you for your time, and I look forward to hearing from you.',
  'Thanks for your time and for keeping me in the loop.',
  'I appreciate your time and look forward to your reply.',
];

export const FOLLOWUP_SUBJECT: P[] = [
  (v) => `One more thought on the ${v.role} role`,
  (v) => `Following up on the ${v.role} position`,
  (v) => `${v.role}: a note since we last spoke`,
];

export const FOLLOWUP_OPENING: P[] = [
  (v) => `I wanted to follow up on the ${v.role} position and share one more thought.`,
  (v) => `I am following up on the ${v.role} role with a point I should have raised when we ${v.met} on ${v.date}.`,
  (v) =>
    `As you continue the search for the ${v.role} position, I wanted to add something to our conversation from ${v.date}.`,
];

/**
 * `standout` is what stood out about the company (debrief); the topic is this person's. People write a
 * standout as a noun phrase ("the new depot") or a whole clause ("they are opening a new depot"), so it is
 * only ever set after a colon, where both read well.
 */
export const FOLLOWUP_FIT: Array<(v: Vars, standout: string) => string> = [
  (v, standout) =>
    `One thing from our ${v.talk} has stayed with me: ${standout}. It is the kind of work I want to be part of, and our conversation about ${v.topic} showed me how well my experience fits.`,
  (v, standout) =>
    `Something stood out to me at ${v.company}: ${standout}. Talking with you about ${v.topic} left me even more interested in joining the team.`,
  (v, standout) =>
    `I keep coming back to something I learned at ${v.company}: ${standout}. Our exchange about ${v.topic} left me keen to be part of that work.`,
];
export const FOLLOWUP_FIT_PLAIN: P[] = [
  (v) => `Our conversation about ${v.topic} showed me what a good fit my experience would be for ${v.company}.`,
  (v) => `Talking with you about ${v.topic} left me even more interested in joining the team at ${v.company}.`,
  (v) => `Our exchange about ${v.topic} is a big part of why I remain keen to join ${v.company}.`,
];

export const FOLLOWUP_ASK = [
  'Is there anything more I can share to help as you move toward a decision?',
  'Would an update on the timing be possible when you have a moment?',
  'Is there any news on the next step that you are able to share?',
];

export const THIRD_SUBJECT: P[] = [
  (v) => `${v.role} position: a brief check-in`,
  (v) => `A quick note on the ${v.role} role`,
  (v) => `Still interested in the ${v.role} role`,
];

export const THIRD_BODY: P[] = [
  (v) =>
    `I wanted to check in once more on the ${v.role} position at ${v.company} that we discussed on ${v.date}. I am still interested in the role and in the work we talked about, especially ${v.topic}, and I am glad to answer any questions about my background.`,
  (v) =>
    `A brief note to ask about the status of the ${v.role} role at ${v.company}. I remain interested, our conversation about ${v.topic} still stands out, and I would be happy to answer any questions you or the team may have.`,
  (v) =>
    `I am checking in about the ${v.role} position at ${v.company} that we discussed on ${v.date}. My interest has not changed since our talk about ${v.topic}, and if any questions about my experience remain, I would be glad to answer them.`,
];

export const THIRD_ASK = [
  'Is there an update you can share on where the search stands?',
  'Could you let me know whether the role is still open?',
  'Would you be able to tell me where things stand?',
];

// Competing offer
export const OFFER_SUBJECT: P[] = [
  (v) => `${v.role} role: an update on my timing`,
  (v) => `A timing question about the ${v.role} position`,
  (v) => `An update that affects my timeline for the ${v.role} role`,
];

export const OFFER_NEWS: Array<(deadline: string) => string> = [
  (deadline) =>
    `I wanted to let you know that I have received a job offer from another company, and I have been asked to respond by ${deadline}.`,
  (deadline) =>
    `I have an update that affects timing: I am now holding another offer, and my answer to that offer is due by ${deadline}.`,
  (deadline) => `I am writing because I have received another offer, with a decision due by ${deadline}.`,
];

export const OFFER_PREFERENCE: P[] = [
  (v) => `${v.company} remains my first choice, and our conversation about ${v.topic} is a big part of the reason.`,
  (v) => `The ${v.role} role at ${v.company} is still the one I most want, especially after our talk about ${v.topic}.`,
  (v) => `I would much rather join ${v.company}; our discussion of ${v.topic} made the role my clear preference.`,
];

export const OFFER_ASK = [
  'Would it be possible for your process to reach a decision before then? I understand if it cannot, and I wanted you to have the full picture.',
  'Is there any chance your timeline could allow an answer before that date? If not, I completely understand.',
  'Could you tell me whether a decision before then might be possible? I understand that schedules are not always flexible.',
];

export const OFFER_CLOSE = [
  'Thank you for considering this, and for your time throughout the process.',
  'Thanks for your understanding and for the care you have put into the process.',
  'I appreciate your time and your help with the timing.',
];

// Reply to a rejection
export const CLOSE_SUBJECT: P[] = [
  (v) => `Thank you, and the ${v.role} role`,
  (v) => `Thanks for letting me know, ${v.first}`,
  (v) => `Re: the ${v.role} position`,
];

export const CLOSE_THANKS: P[] = [
  (v) =>
    `Thank you for letting me know about your decision on the ${v.role} position, and for the time you and the team at ${v.company} gave me.`,
  (v) =>
    `Thanks for telling me where things landed on the ${v.role} role at ${v.company}, and for the care you took throughout the process.`,
  (v) =>
    `I appreciate you letting me know about the ${v.role} position at ${v.company}, and I am grateful for the time you spent with me.`,
];

export const CLOSE_GRACIOUS: P[] = [
  (v) =>
    `I am disappointed, of course, but I enjoyed getting to know ${v.company}, especially our conversation about ${v.topic}.`,
  (v) =>
    `While I had hoped for a different outcome, I valued the chance to learn about the team and to talk with you about ${v.topic}.`,
  (v) => `It is not the news I hoped for, but I am glad I had the chance to talk with you about ${v.topic}.`,
];

export const CLOSE_DOOR: P[] = [
  (v) => `I would welcome the chance to be considered for future openings at ${v.company}, so please keep me in mind.`,
  () =>
    `If another role opens up where my background fits, I would be glad to hear from you, and I hope you will keep me in mind.`,
  (v) => `I hope our paths cross again, and I would appreciate being kept in mind for future roles at ${v.company}.`,
];

export const CLOSE_WISHES = [
  'I wish you and the team every success.',
  'Best of luck with the rest of the search and the year ahead.',
  'I wish you all the best with the work ahead.',
];
