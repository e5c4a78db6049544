// A temp folder with a store holding a document, and a config file pointing at the test mail servers: what
// the channel tests set up before running the CLI as a user would.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppEvent } from '../../src/core/document/schema.js';
import { openStore } from '../../src/store/index.js';
import { ACME_DOC } from './documents.js';
import { type DovecotServer, runCli, type SmtpTestServer } from './servers.js';

export interface CliStore {
  dir: string;
  /** The SQLite file. */
  db: string;
  /** FOLLOWTHROUGH_DB and FOLLOWTHROUGH_CONFIG for the CLI. */
  env: Record<string, string>;
  /** The events of an application as stored now. */
  events(application?: string): Promise<AppEvent[]>;
  cleanup(): void;
}

/** Imports `doc` (Dana's Acme interview by default) through the CLI into a new store. */
export async function cliStore(
  servers: { smtp?: SmtpTestServer; imap?: DovecotServer },
  doc: unknown = ACME_DOC,
): Promise<CliStore> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-channel-'));
  const server = (s: SmtpTestServer | DovecotServer) => ({
    host: '127.0.0.1',
    port: s.port,
    secure: false,
    user: s.user,
    password: s.password,
  });
  const config = {
    ...(servers.smtp && { smtp: server(servers.smtp) }),
    ...(servers.imap && { imap: { ...server(servers.imap), mailbox: 'INBOX' } }),
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  writeFileSync(join(dir, 'doc.json'), JSON.stringify(doc));
  const db = join(dir, 'ft.db');
  const env = { FOLLOWTHROUGH_DB: db, FOLLOWTHROUGH_CONFIG: join(dir, 'config.json') };
  const imported = await runCli(['import', join(dir, 'doc.json')], env);
  assert.equal(imported.code, 0, imported.stderr);
  return {
    dir,
    db,
    env,
    async events(application = 'acme') {
      const store = await openStore({ path: db });
      try {
        return (await store.getApplication(application))?.events ?? [];
      } finally {
        await store.close();
      }
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
