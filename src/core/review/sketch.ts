// A compact way to describe a review's context (used by the rules' examples, the labelled set and the
// benchmark): the sketch becomes a real Document with this application first and the others after it.
import type { Application, Document } from '../document/schema.js';
import type { ReviewContext, ReviewKind } from './types.js';

export interface PersonSketch {
  name: string;
  title?: string;
  topics?: string[];
}

export interface ContextSketch {
  kind?: ReviewKind;
  to?: string;
  company?: string;
  role?: string;
  listing?: string;
  interviewers?: Array<string | PersonSketch>;
  debrief?: { wentWell?: string[]; wentPoorly?: string[]; stoodOut?: string[]; forgotToMention?: string[] };
  /** Other applications in the same document. */
  others?: Array<{ company: string; role?: string; interviewers?: Array<string | PersonSketch> }>;
  offers?: Array<{ company: string; decideBy: string }>;
  candidate?: string;
}

function app(
  id: string,
  company: string,
  role: string,
  people: Array<string | PersonSketch> = [],
  extra: Partial<Application> = {},
): Application {
  return {
    id,
    company,
    role,
    status: 'active',
    events: [],
    interviews: [
      {
        at: '2026-01-05T10:00:00-06:00',
        interviewers: people.map((p) =>
          typeof p === 'string' ? { name: p, topics: [] } : { name: p.name, title: p.title, topics: p.topics ?? [] },
        ),
        nextSteps: { channel: 'email' },
        debrief: { wentWell: [], wentPoorly: [], stoodOut: [], forgotToMention: [] },
      },
    ],
    ...extra,
  };
}

export function contextFromSketch(sketch: ContextSketch = {}): ReviewContext {
  if (!sketch.company && !sketch.interviewers && !sketch.others) return { kind: sketch.kind, to: sketch.to };
  const main = app(
    'this',
    sketch.company ?? 'Acme Logistics',
    sketch.role ?? 'Senior Accountant',
    sketch.interviewers,
    {
      listing: sketch.listing,
    },
  );
  const interview = main.interviews[0];
  if (interview && sketch.debrief) {
    interview.debrief = {
      wentWell: sketch.debrief.wentWell ?? [],
      wentPoorly: sketch.debrief.wentPoorly ?? [],
      stoodOut: sketch.debrief.stoodOut ?? [],
      forgotToMention: sketch.debrief.forgotToMention ?? [],
    };
  }
  const others = (sketch.others ?? []).map((o, i) =>
    app(`other-${i + 1}`, o.company, o.role ?? 'Analyst', o.interviewers),
  );
  const document: Document = {
    version: 1,
    candidate: {
      name: sketch.candidate ?? 'Dana Reyes',
      country: 'US',
      timezone: 'America/Chicago',
      achievements: [],
      testimonials: [],
    },
    applications: [main, ...others],
    offers: sketch.offers ?? [],
  };
  return { document, application: 'this', to: sketch.to, kind: sketch.kind };
}
