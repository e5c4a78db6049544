// Board: every application in a column by where it stands, with a search box and a column filter.
import { useState } from 'preact/hooks';
import { KIND_NAMES, when } from '../format.js';
import { useShell } from '../shell.js';
import { useData } from '../use-data.js';

const COLUMN_NAMES: Record<string, string> = {
  'interview-ahead': 'Interview ahead',
  'thank-yous-due': 'Thank-yous due',
  waiting: 'Waiting for their date',
  'follow-up-due': 'Follow-up due',
  offer: 'Offer',
  closed: 'Closed',
};

interface Card {
  id: string;
  company: string;
  role: string;
  column: string;
  people: string[];
  next?: { id: string; kind: string; due: string; earliest: string };
}

export default function Board() {
  const { session } = useShell();
  const zone = session.profile?.timezone ?? 'UTC';
  const { data, error } = useData<{ columns: string[]; cards: Card[] }>('/api/board');
  const [query, setQuery] = useState('');
  const [only, setOnly] = useState('');
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  const q = query.trim().toLowerCase();
  const shown = data.cards.filter(
    (c) =>
      (!only || c.column === only) && (!q || [c.company, c.role, ...c.people].some((t) => t.toLowerCase().includes(q))),
  );
  return (
    <>
      <h1>Board</h1>
      <div class="filters">
        <label>
          Search
          <input
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            placeholder="Company, role or person"
          />
        </label>
        <label>
          Show
          <select value={only} onChange={(e) => setOnly(e.currentTarget.value)}>
            <option value="">All columns</option>
            {data.columns.map((c) => (
              <option key={c} value={c}>
                {COLUMN_NAMES[c]}
              </option>
            ))}
          </select>
        </label>
        <p class="count" aria-live="polite">
          {shown.length} of {data.cards.length} applications
        </p>
      </div>
      <div class="board">
        {data.columns
          .filter((c) => !only || c === only)
          .map((column) => {
            const cards = shown.filter((c) => c.column === column);
            return (
              <section key={column} class="column" aria-labelledby={`col-${column}`}>
                <h2 id={`col-${column}`}>
                  {COLUMN_NAMES[column]} <span class="count">({cards.length})</span>
                </h2>
                <ul>
                  {cards.slice(0, 100).map((c) => (
                    <li key={c.id} class="card">
                      <a href={`#/app/${encodeURIComponent(c.id)}`}>
                        <strong>{c.company}</strong>
                        <span>{c.role}</span>
                      </a>
                      {c.next && (
                        <span class="next">
                          Next: {KIND_NAMES[c.next.kind] ?? c.next.kind}, by {when(c.next.due, zone)}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
                {cards.length > 100 && <p>…and {cards.length - 100} more: search to narrow.</p>}
              </section>
            );
          })}
      </div>
    </>
  );
}
