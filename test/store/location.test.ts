// Where the store lives: --db, then FOLLOWTHROUGH_DB, then a PostgreSQL DATABASE_URL, then the XDG data folder.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FollowthroughError } from '../../src/core/errors.js';
import { redactUrl, resolveStoreLocation, storeLocation } from '../../src/store/index.js';

const home = '/home/dana';

test('--db wins over every variable', () => {
  const env = { FOLLOWTHROUGH_DB: '/env.db', DATABASE_URL: 'postgres://db/x', XDG_DATA_HOME: '/xdg' };
  assert.deepEqual(storeLocation({ db: '/flag.db', env, home }), {
    kind: 'sqlite',
    path: '/flag.db',
    display: '/flag.db',
  });
});

test('FOLLOWTHROUGH_DB comes next and may be a PostgreSQL URL', () => {
  assert.equal(
    storeLocation({ env: { FOLLOWTHROUGH_DB: '/env.db', DATABASE_URL: 'postgres://db/x' }, home }).display,
    '/env.db',
  );
  assert.deepEqual(storeLocation({ env: { FOLLOWTHROUGH_DB: 'postgresql://u:pw@db/ft' }, home }), {
    kind: 'postgres',
    url: 'postgresql://u:pw@db/ft',
    display: 'postgresql://u:***@db/ft',
  });
});

test('DATABASE_URL is used only when it points at PostgreSQL', () => {
  assert.equal(storeLocation({ env: { DATABASE_URL: 'postgres://db/x' }, home }).kind, 'postgres');
  assert.deepEqual(storeLocation({ env: { DATABASE_URL: 'mysql://db/x' }, home }), {
    kind: 'sqlite',
    path: '/home/dana/.local/share/followthrough/followthrough.db',
    display: '/home/dana/.local/share/followthrough/followthrough.db',
  });
});

test('the default file lives under XDG_DATA_HOME when it is set', () => {
  assert.equal(
    storeLocation({ env: { XDG_DATA_HOME: '/data' }, home }).display,
    '/data/followthrough/followthrough.db',
  );
  assert.equal(
    storeLocation({ env: { XDG_DATA_HOME: '' }, home: '/root/' }).display,
    '/root/.local/share/followthrough/followthrough.db',
  );
});

test('an empty --db is refused as a usage error', () => {
  assert.throws(
    () => storeLocation({ db: ' ', env: {}, home }),
    (err: unknown) => err instanceof FollowthroughError && err.exitCode === 2 && err.message.startsWith('--db'),
  );
});

test('passwords never show in the display form of a URL', () => {
  assert.equal(
    redactUrl('postgres://ana:s3cret@host:5432/db?sslmode=require'),
    'postgres://ana:***@host:5432/db?sslmode=require',
  );
  assert.equal(redactUrl('postgres://host/db'), 'postgres://host/db');
  assert.doesNotMatch(redactUrl('postgres://ana:s3cret@[bad'), /s3cret/);
});

test('resolving the default location creates its folder and makes relative paths absolute', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-loc-'));
  try {
    const location = resolveStoreLocation({ env: { XDG_DATA_HOME: join(dir, 'data'), HOME: dir } });
    assert.equal(location.kind, 'sqlite');
    assert.equal(location.display, join(dir, 'data', 'followthrough', 'followthrough.db'));
    assert.ok(existsSync(join(dir, 'data', 'followthrough')));

    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const relative = resolveStoreLocation({ db: 'some/where.db', env: {} });
      assert.equal(relative.kind === 'sqlite' && relative.path, join(process.cwd(), 'some', 'where.db'));
      assert.ok(existsSync(join(dir, 'some')));
    } finally {
      process.chdir(cwd);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
