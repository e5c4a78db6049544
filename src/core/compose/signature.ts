// The sign-off block from the candidate's profile.
import type { Candidate } from '../document/schema.js';

/** The candidate's own signature when given, else name, email and phone, one per line. */
export function signatureLines(candidate: Candidate): string[] {
  if (candidate.signature?.trim()) return candidate.signature.trim().split(/\r?\n/);
  return [candidate.name, candidate.email, candidate.phone].filter((s): s is string => Boolean(s?.trim()));
}

export function addressLines(address: string | undefined): string[] {
  return (address ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
