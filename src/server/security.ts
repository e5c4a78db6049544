// What keeps a page on another site, or a name that resolves to 127.0.0.1 (DNS rebinding), from using this
// server: a Host allow-list, a session cookie that only the launch URL's secret can obtain, and on every
// write an Origin check plus a CSRF token the page reads from the session. Also the response headers: a
// strict Content-Security-Policy (no inline script) and no caching of the person's data.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export interface Guard {
  /** host:port values the server answers to. */
  hosts: Set<string>;
  /** Origins allowed to write: http:// plus each allowed host. */
  origins: Set<string>;
  /** The per-launch secret of the URL that opens the app. */
  launchSecret: string;
  /** The session cookie's value (derived from the secret). */
  session: string;
  /** The token every write must carry in X-CSRF-Token. */
  csrf: string;
}

export const SESSION_COOKIE = 'ft_session';
export const CSRF_HEADER = 'x-csrf-token';

/** The loopback names the server answers to on `port`, plus the host it was told to bind. */
export function createGuard(options: { port: number; host?: string; launchSecret: string }): Guard {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  if (options.host && options.host !== '0.0.0.0' && options.host !== '::')
    names.add(options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host);
  const hosts = new Set([...names].map((n) => `${n}:${options.port}`));
  const derive = (what: string) => createHmac('sha256', options.launchSecret).update(what).digest('base64url');
  return {
    hosts,
    origins: new Set([...hosts].map((h) => `http://${h}`)),
    launchSecret: options.launchSecret,
    session: derive('session'),
    csrf: derive('csrf'),
  };
}

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

function same(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function refuse(c: Context, status: 400 | 401 | 403, error: string) {
  return c.json({ error }, status);
}

/** The Host header (or the URL's host, which the Node adapter builds from it) must be one of ours. */
export function hostCheck(guard: Guard): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (!guard.hosts.has(host))
      return refuse(c, 403, `host: "${host}" is not this app's address; open it at 127.0.0.1`);
    await next();
  };
}

/** Security headers on every response. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  };
}

/** `/?launch=SECRET` sets the session cookie and redirects to the same page without the secret. */
export function launch(guard: Guard): MiddlewareHandler {
  return async (c, next) => {
    const given = c.req.query('launch');
    if (given === undefined) return next();
    if (!same(given, guard.launchSecret))
      return refuse(c, 403, 'launch: this link is from an earlier start; use the one the terminal printed last');
    setCookie(c, SESSION_COOKIE, guard.session, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect('/', 303);
  };
}

export function hasSession(c: Context, guard: Guard): boolean {
  return same(getCookie(c, SESSION_COOKIE), guard.session);
}

/** API calls need the session cookie; writes also need an allowed Origin and the CSRF token. */
export function apiGuard(guard: Guard): MiddlewareHandler {
  return async (c, next) => {
    if (!hasSession(c, guard))
      return refuse(c, 401, 'session: not signed in; open the link that `followthrough serve` printed');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      if (!origin || !guard.origins.has(origin))
        return refuse(
          c,
          403,
          `origin: ${origin ? `"${origin}" may not` : 'a request without an Origin may not'} change your data`,
        );
      if (!same(c.req.header(CSRF_HEADER), guard.csrf))
        return refuse(c, 403, 'csrf: the page is out of date; reload it and try again');
    }
    await next();
  };
}
