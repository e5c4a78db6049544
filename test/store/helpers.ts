// Store backends for the shared suite: a SQLite file in a fresh temp folder, and (when FT_TEST_DATABASE_URL
// is set) a fresh PostgreSQL database per test, so parallel runs and test files never see each other.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty store target and a cleanup for it. */
  fresh(): Promise<{ target: { path?: string; url?: string }; cleanup: () => Promise<void> }>;
}

let counter = 0;

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'ft-store-'));
    return {
      target: { path: join(dir, 'followthrough.db') },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

function postgres(adminUrl: string): Backend {
  return {
    name: 'postgres',
    async fresh() {
      const name = `ft_test_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
      await admin(adminUrl, `create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        target: { url: url.toString() },
        cleanup: () => admin(adminUrl, `drop database if exists ${name} with (force)`),
      };
    },
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export function backends(): Backend[] {
  const url = process.env.FT_TEST_DATABASE_URL;
  return url ? [sqlite, postgres(url)] : [sqlite];
}
