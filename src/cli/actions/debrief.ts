// The work behind `followthrough debrief`.

import { addDebrief, interviewIndex } from '../../app/applications.js';
import { findApplication } from '../../app/run.js';
import type { Debrief } from '../../core/document/schema.js';
import { FollowthroughError } from '../../core/errors.js';
import { parseCount } from '../args.js';
import type { DebriefOptions } from '../commands/debrief.js';
import { isInteractive, noProfile, openPrompter, out, type StoreOptions, withApp } from '../context.js';

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

  await withApp(globals, async (deps) => {
    if (none()) {
      if (!isInteractive())
        throw new FollowthroughError(
          'INVALID_ARGUMENT',
          'give at least one of --went-well, --went-poorly, --stood-out, --forgot',
        );
      // Fail before the questions when there is nothing to debrief.
      const doc = await deps.store.getDocument();
      if (!doc) throw noProfile();
      interviewIndex(findApplication(doc, appId), opts.interview);
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
    const result = await addDebrief(deps, {
      id: appId,
      ...(opts.interview !== undefined && { interview: String(parseCount(opts.interview, '--interview', 1)) }),
      points,
    });
    const added = result.added;
    out(`Added ${added} note${added === 1 ? '' : 's'} to the debrief of ${appId}, interview ${result.index + 1}.`);
  });
}
