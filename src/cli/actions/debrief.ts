// The work behind `followthrough debrief`.
import type { Debrief } from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';
import { parseCount } from '../args.js';
import type { DebriefOptions } from '../commands/debrief.js';
import {
  findApplication,
  isInteractive,
  noProfile,
  openPrompter,
  out,
  type StoreOptions,
  withStore,
} from '../context.js';

const FIELDS: Array<{ key: keyof Debrief; opt: keyof DebriefOptions; question: string }> = [
  { key: 'wentWell', opt: 'wentWell', question: 'What went well?' },
  { key: 'wentPoorly', opt: 'wentPoorly', question: 'What did not go so well?' },
  { key: 'stoodOut', opt: 'stoodOut', question: 'What stood out about the company or the role?' },
  { key: 'forgotToMention', opt: 'forgot', question: 'What did you forget to mention?' },
];

export async function runDebrief(appId: string, opts: DebriefOptions, globals: StoreOptions): Promise<void> {
  const points: Record<keyof Debrief, string[]> = { wentWell: [], wentPoorly: [], stoodOut: [], forgotToMention: [] };
  for (const f of FIELDS)
    points[f.key] = ((opts[f.opt] as string[] | undefined) ?? []).map((s) => s.trim()).filter(Boolean);
  const none = () => FIELDS.every((f) => points[f.key].length === 0);

  await withStore(globals, async (store) => {
    const doc = await store.getDocument();
    if (!doc) throw noProfile();
    const app = findApplication(doc, appId, 'application');
    if (app.interviews.length === 0)
      throw new FollowthroughError(
        'NOT_FOUND',
        `application: ${appId} has no interview yet (add one with \`followthrough add --id ${appId}\`)`,
      );
    const index =
      opts.interview !== undefined ? parseCount(opts.interview, '--interview', 1) - 1 : app.interviews.length - 1;
    const interview = app.interviews[index];
    if (!interview)
      throw new FollowthroughError(
        'NOT_FOUND',
        `--interview: ${appId} has ${app.interviews.length} interview(s), not ${index + 1}`,
      );

    if (none()) {
      if (!isInteractive())
        throw new FollowthroughError(
          'INVALID_ARGUMENT',
          'give at least one of --went-well, --went-poorly, --stood-out, --forgot',
        );
      const p = await openPrompter();
      try {
        for (const f of FIELDS) points[f.key] = await p.askList(f.question);
      } finally {
        p.close();
      }
      if (none()) {
        out('Nothing to add.');
        return;
      }
    }
    const debrief: Debrief = { ...interview.debrief };
    let added = 0;
    for (const f of FIELDS) {
      const have = new Set(debrief[f.key].map((s) => s.toLowerCase()));
      const fresh = points[f.key].filter((s) => !have.has(s.toLowerCase()));
      debrief[f.key] = [...debrief[f.key], ...fresh];
      added += fresh.length;
    }
    const interviews = app.interviews.map((iv, i) => (i === index ? { ...iv, debrief } : iv));
    await store.putApplication({ ...app, interviews }, { label: `debrief of ${appId}` });
    out(`Added ${added} note${added === 1 ? '' : 's'} to the debrief of ${appId}, interview ${index + 1}.`);
  });
}
