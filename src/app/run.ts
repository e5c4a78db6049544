// How a use case runs: a write is one store transaction (writers are serialized by the store, so what a
// handler reads inside it is what it writes over), retried when another writer kept the store busy; a
// read runs on one consistent view. Handlers get a UseCase context and never open stores themselves.
import type { Document } from '../core/document/schema.js';
import { FollowthroughError } from '../core/errors.js';
import type { Store } from '../store/index.js';

export interface AppDeps {
  store: Store;
  /** The environment the config and server settings are read from (process.env at the edge). */
  env: Record<string, string | undefined>;
  /** The wall clock as ISO 8601; the core never reads it, handlers take `now` from here unless given one. */
  clock?: () => string;
}

export interface UseCase {
  /** The store, bound to this use case's transaction for writes. */
  store: Store;
  env: AppDeps['env'];
  now: string;
  /** The document as of this transaction; a store without a profile is a NOT_FOUND error. */
  document(): Promise<Document>;
}

const RETRIES = 3;

/** The moment a use case runs at: the one it was given, else the deps' clock, else the wall clock. */
export function nowOf(deps: AppDeps, now?: string): string {
  return now ?? (deps.clock ?? (() => new Date().toISOString()))();
}

function contextFor(store: Store, deps: AppDeps, now: string | undefined): UseCase {
  let doc: Promise<Document> | undefined;
  return {
    store,
    env: deps.env,
    now: nowOf(deps, now),
    document() {
      doc ??= store.getDocument().then((d) => {
        if (!d) throw noProfile();
        return d;
      });
      return doc;
    },
  };
}

/** Runs a write use case in one transaction; BUSY (another writer held the lock too long) is retried. */
export async function mutate<T>(deps: AppDeps, now: string | undefined, fn: (uc: UseCase) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.store.transaction((tx) => fn(contextFor(tx, deps, now)));
    } catch (err) {
      if (!(err instanceof FollowthroughError) || err.code !== 'BUSY' || attempt >= RETRIES) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80 * attempt));
    }
  }
}

/** Runs a read use case (the document is read in one read transaction). */
export function query<T>(deps: AppDeps, now: string | undefined, fn: (uc: UseCase) => Promise<T>): Promise<T> {
  return fn(contextFor(deps.store, deps, now));
}

export function noProfile(): FollowthroughError {
  return new FollowthroughError(
    'NOT_FOUND',
    'no profile yet: run `followthrough init --name "Your Name"` or `followthrough import FILE` first',
  );
}

/** Finds an application by id, or fails naming the field and listing the known ids. */
export function findApplication(doc: Document, id: string, what = 'application'): Document['applications'][number] {
  const app = doc.applications.find((a) => a.id === id);
  if (app) return app;
  const known = doc.applications.map((a) => a.id);
  throw new FollowthroughError(
    'NOT_FOUND',
    `${what}: no application "${id}"${known.length ? ` (known: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', …' : ''})` : ''}`,
  );
}
