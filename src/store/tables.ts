// Row types of the store's tables, as Kysely sees them. JSON columns are TEXT holding JSON on both engines.
import type { Generated } from 'kysely';

export interface MetaTable {
  key: string;
  value: string;
}

/** The candidate profile: a single row (id = 1). */
export interface CandidateTable {
  id: number;
  name: string;
  /** The whole Candidate as JSON. */
  data: string;
  updated_at: string;
}

export interface ApplicationTable {
  id: string;
  /** Order of the application in the document. */
  position: number;
  company: string;
  role: string;
  status: string;
  updated_at: string;
  /** The rest of the Application (listing, interviews, companyAddress, later fields) as JSON; no events. */
  data: string;
}

/** Append-only history of an application, in `seq` order. */
export interface EventTable {
  application_id: string;
  seq: number;
  at: string;
  type: string;
  kind: string | null;
  to: string | null;
  from: string | null;
  note: string | null;
  message_id: string | null;
  /** Fields added to the event format later, as JSON; null when none. */
  extra: string | null;
  created_at: string;
}

export interface OfferTable {
  position: number;
  company: string;
  decide_by: string;
  extra: string | null;
}

export interface SnapshotTable {
  id: Generated<number>;
  label: string;
  taken_at: string;
  /** The whole Document before the write, as JSON; `null` for an empty store. */
  document: string;
  /** The store's revision after the write (migration 0003); null in snapshots taken before it. */
  revision: number | null;
}

export interface Tables {
  meta: MetaTable;
  candidate: CandidateTable;
  applications: ApplicationTable;
  events: EventTable;
  offers: OfferTable;
  snapshots: SnapshotTable;
}
