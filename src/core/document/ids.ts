// Ids inside an application: every interview and every person met gets one when first stored, so the plan's
// step ids (which are built from them) keep naming the same step after edits, reorderings and removals.
// A missing id defaults to what the planner used before ids existed (the interview's position, the person's
// name slug), so steps shown earlier keep their ids too.
import type { Application, Interview } from './schema.js';
import { numbered, slugify } from './slug.js';

export function withLocalIds(app: Application): Application {
  const usedIv = new Set(app.interviews.map((iv) => iv.id).filter((id): id is string => id !== undefined));
  let changed = false;
  const interviews = app.interviews.map((iv, k) => {
    let id = iv.id;
    if (id === undefined) {
      id = usedIv.has(String(k)) ? nextInterviewId(usedIv) : String(k);
      usedIv.add(id);
    }
    const withPeople = withPersonIds(iv);
    if (id === iv.id && withPeople === iv) return iv;
    changed = true;
    return { ...withPeople, id };
  });
  return changed ? { ...app, interviews } : app;
}

/** A fresh interview id: the smallest number not used yet. */
export function nextInterviewId(used: ReadonlySet<string>): string {
  for (let n = used.size; ; n++) if (!used.has(String(n))) return String(n);
}

/** The interview with an id for every person met who has none yet (their name's slug, numbered if taken). */
export function withPersonIds(iv: Interview): Interview {
  const used = new Set(iv.interviewers.map((p) => p.id).filter((id): id is string => id !== undefined));
  let changed = false;
  const interviewers = iv.interviewers.map((person) => {
    if (person.id !== undefined) return person;
    const id = numbered(slugify(person.name), used);
    used.add(id);
    changed = true;
    return { ...person, id };
  });
  return changed ? { ...iv, interviewers } : iv;
}
