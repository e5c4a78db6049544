// What `sync` and `watch` say about mail they did not record: messages that could not be parsed, and thread
// replies from senders who are not that application's. Each is said once: the ledger remembers it.
import type { SyncReport } from './sync.js';

export function syncNotices(report: Pick<SyncReport, 'skipped' | 'unverified'>): string[] {
  const lines: string[] = [];
  for (const m of report.skipped)
    lines.push(
      `skipped message ${m.uid}${m.from ? ` from ${m.from}` : ''}${m.subject ? ` ("${m.subject}")` : ''}: ${m.reason}; nothing was recorded and sync moves on`,
    );
  for (const m of report.unverified)
    lines.push(
      `${m.application}: a message in its thread is from ${m.sender}${m.subject ? ` ("${m.subject}")` : ''}, who is not one of its people nor on its domain; not recorded (if it is genuine, add that address to the interview's people and record the reply yourself)`,
    );
  return lines;
}
