// Talks to the local server. Every write carries the CSRF token the session gave us; every failure is the
// server's one-line error, which screens show as it is.
let csrf = '';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const type = res.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const message = typeof data === 'object' && data && 'error' in data ? String(data.error) : `error ${res.status}`;
    throw new ApiError(message, res.status, (data as { code?: string })?.code);
  }
  return data as T;
}

export async function get<T>(path: string): Promise<T> {
  return parse<T>(await fetch(path, { credentials: 'same-origin' }));
}

export async function post<T>(path: string, body?: unknown): Promise<T> {
  return parse<T>(
    await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: body === undefined ? '{}' : JSON.stringify(body),
    }),
  );
}

export interface Session {
  now: string;
  csrf: string;
  calendarPath: string;
  profile?: { name: string; email?: string; timezone: string; country: string };
  applications: number;
}

export async function loadSession(): Promise<Session> {
  const s = await get<Session>('/api/session');
  csrf = s.csrf;
  return s;
}

/** A step id as it goes in a URL. */
export function stepQuery(id: string): string {
  return `step=${encodeURIComponent(id)}`;
}
