// Ids inside an application: every interview and every person met gets one when first stored, so the plan's
// step ids (which are built from them) keep naming the same step after edits, reorderings and removals.
// A missing id defaults to what the planner used before ids existed (the interview's position, the person's
// name slug), so steps shown earlier keep their ids too.
import type { Application, Interview } from './schema.js';
import { slugify } from './slug.js';

export function withLocalIds(app: Application): Application {
  const usedIv = new Set(app.interviews.map((iv) => iv.id).filter((id): id is string => id !== undefined));
  let changed = false;
  const interviews = app.interviews.map((iv, k) => {
    let id = iv.id;
    if (id === undefined) {
      id = usedIv.has(String(k)) ? nextInterviewId(usedIv) : String(k);
      usedIv.add(id);
    }
    const people = withPersonIds(iv);
    if (id === iv.id && people === iv.interviewers) return iv;
    changed = true;
    return { ...iv, id, interviewers: people };
  });
  return changed ? { ...app, interviews } : app;
}

/** A fresh interview id: the smallest number not used yet. */
export function nextInterviewId(used: ReadonlySet<string>): string {
  for (let n = used.size; ; n++) if (!used.has(String(n))) return String(n);
}

function withPersonIds(iv: Interview): Interview['interviewers'] {
  const used = new Set(iv.interviewers.map((p) => p.id).filter((id): id is string => id !== undefined));
  let changed = false;
  const people = iv.interviewers.map((person) => {
    if (person.id !== undefined) return person;
    const base = slugify(person.name) || 'person';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    changed = true;
    return { ...person, id };
  });
  return changed ? people : iv.interviewers;
}

/** A person's id within an interview that does not collide with the others'. */
export function freshPersonId(iv: Interview, name: string): string {
  const used = new Set(iv.interviewers.map((p, i) => p.id ?? `#${i}`));
  const base = slugify(name) || 'person';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}
