// What each message points to: a topic that person discussed, the listing's need answered by an achievement,
// and an extra (a brag-book testimonial where it fits, or a point the candidate forgot to mention).
import type { Application, Document, Interview, Testimonial } from '../document/schema.js';
import { contentTerms, extractKeyphrases, type Keyphrase, matchAchievements, type Terms } from '../keyphrases/index.js';
import { pick } from './hash.js';
import type { Recipient } from './resolve.js';

export interface Asset {
  keyphrase?: Keyphrase;
  achievement: string;
}

export type Extra = { type: 'testimonial'; testimonial: Testimonial } | { type: 'point'; point: string };

/**
 * The person's topics; a contact who did not interview gets the interviewers' topics, and only failing those
 * what stood out (debrief notes are often whole clauses, which read badly after "our talk about").
 */
export function topicsFor(person: Recipient, interview: Interview): string[] {
  if (person.topics.length) return person.topics;
  const discussed = interview.interviewers.flatMap((p) => p.topics);
  return discussed.length ? discussed : interview.debrief.stoodOut;
}

export function chooseTopic(person: Recipient, interview: Interview, seed: string): string | undefined {
  const topics = topicsFor(person, interview);
  return topics.length ? pick(topics, seed, 'topic') : undefined;
}

function overlap(a: Terms, b: Terms): number {
  let n = 0;
  for (const s of a.lemmas) if (b.lemmas.has(s)) n++;
  return n;
}

function union(...all: Terms[]): Terms {
  const out: Terms = { stems: new Set(), lemmas: new Set() };
  for (const t of all) {
    for (const s of t.stems) out.stems.add(s);
    for (const l of t.lemmas) out.lemmas.add(l);
  }
  return out;
}

/** Candidate assets, best first: one per achievement, each with the listing phrase it answers best. */
export function rankAssets(doc: Document, app: Application): Asset[] {
  const achievements = doc.candidate.achievements;
  if (!achievements.length) return [];
  const keyphrases = app.listing ? extractKeyphrases(app.listing, 30, { exclude: [app.company, app.role] }) : [];
  const seen = new Set<number>();
  const assets: Asset[] = [];
  for (const m of matchAchievements(keyphrases, achievements)) {
    if (seen.has(m.achievementIndex)) continue;
    seen.add(m.achievementIndex);
    assets.push({ keyphrase: m.keyphrase, achievement: m.achievement });
  }
  achievements.forEach((a, i) => {
    if (!seen.has(i)) assets.push({ achievement: a });
  });
  return assets;
}

/**
 * Assigns assets to an interview's interviewers in order, each taking the best remaining one for their topics,
 * so two notes from the same interview never lead with the same achievement.
 */
export function assetFor(doc: Document, app: Application, interview: Interview, person: Recipient): Asset | undefined {
  const assets = rankAssets(doc, app);
  if (!assets.length) return undefined;
  const termsOf = assets.map((a) => union(contentTerms(a.achievement), contentTerms(a.keyphrase?.text ?? '')));
  const taken = new Set<number>();
  const order = person.interviewerIndex === undefined ? [person] : interview.interviewers.map((p) => ({ ...p }));
  let mine: number | undefined;
  order.forEach((p, n) => {
    const topics = contentTerms((p.topics ?? []).join('. '));
    let best = -1;
    let bestScore = -1;
    assets.forEach((_, i) => {
      if (taken.has(i) && taken.size < assets.length) return;
      // Rank order breaks ties; an achievement that touches the person's topics moves up.
      const score = 3 * overlap(termsOf[i] as Terms, topics) + (assets[i]?.keyphrase ? 2 : 0) - i * 0.01;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    taken.add(best);
    if (person.interviewerIndex === undefined || n === person.interviewerIndex) mine ??= best;
  });
  return mine === undefined ? undefined : assets[mine];
}

/**
 * An optional extra: a testimonial that shares words with the chosen asset, else the forgotten point for this
 * person's position in the interview (so each interviewer hears a different one).
 */
export function extraFor(doc: Document, interview: Interview, person: Recipient, asset?: Asset): Extra | undefined {
  if (asset) {
    const assetTerms = union(contentTerms(asset.achievement), contentTerms(asset.keyphrase?.text ?? ''));
    const fitting = doc.candidate.testimonials.find((t) => overlap(contentTerms(t.quote), assetTerms) > 0);
    if (fitting) return { type: 'testimonial', testimonial: fitting };
  }
  const points = interview.debrief.forgotToMention;
  const i = person.interviewerIndex ?? 0;
  if (i < points.length) return { type: 'point', point: points[i] as string };
  const t = doc.candidate.testimonials;
  if (t.length) return { type: 'testimonial', testimonial: t[i % t.length] as Testimonial };
  return undefined;
}
