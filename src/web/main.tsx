// The page: a small shell (navigation, the undo bar) that loads each screen's code when it is first opened,
// so the first screen stays small. Routes live in the address's #fragment: reloading keeps your place.
import { type ComponentType, render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type ApiError, loadSession, post, type Session } from './api.js';
import { Today } from './screens/today.js';
import { type Route, type Shell, ShellContext } from './shell.js';

function parseRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '');
  const [pathPart = '', query = ''] = hash.split('?');
  const path = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  return { name: path[0] ?? 'today', params: new URLSearchParams(query), path };
}

type ScreenModule = { default: ComponentType<{ route: Route }> };
const SCREENS: Record<string, () => Promise<ScreenModule>> = {
  board: () => import('./screens/board.js'),
  app: () => import('./screens/application.js'),
  add: () => import('./screens/add-interview.js'),
  draft: () => import('./screens/draft.js'),
  script: () => import('./screens/script.js'),
  replies: () => import('./screens/replies.js'),
  calendar: () => import('./screens/calendar.js'),
  settings: () => import('./screens/settings.js'),
};

const NAV: Array<[string, string]> = [
  ['today', 'Today'],
  ['board', 'Board'],
  ['add', 'Add interview'],
  ['replies', 'Replies'],
  ['calendar', 'Calendar'],
  ['settings', 'Data and settings'],
];

function Lazy({ route }: { route: Route }) {
  const [mod, setMod] = useState<{ name: string; Screen: ScreenModule['default'] } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const load = SCREENS[route.name];
    if (!load) return;
    setError('');
    load()
      .then((m) => setMod({ name: route.name, Screen: m.default }))
      .catch(() => setError('This screen could not load. Reload the page.'));
  }, [route.name]);
  if (route.name === 'today' || !SCREENS[route.name]) return <Today route={route} />;
  if (error) return <p role="alert">{error}</p>;
  if (!mod || mod.name !== route.name) return <p aria-busy="true">Loading…</p>;
  return <mod.Screen route={route} />;
}

interface Notice {
  text: string;
  undoable: boolean;
  forceable?: boolean;
}

function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [failure, setFailure] = useState('');
  const [route, setRoute] = useState(parseRoute);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);

  const reload = useCallback(() => {
    loadSession()
      .then(setSession)
      .catch((e: Error) => setFailure(e.message));
    setVersion((v) => v + 1);
  }, []);
  useEffect(reload, []);
  useEffect(() => {
    const onHash = () => {
      setRoute(parseRoute());
      document.getElementById('main')?.focus();
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const changed = useCallback(
    (text: string, undoable = true) => {
      setNotice({ text, undoable });
      reload();
    },
    [reload],
  );

  const undo = async (force = false) => {
    try {
      const r = await post<{ message: string }>(`/api/undo${force ? '?force=1' : ''}`);
      setNotice({ text: r.message, undoable: false });
      reload();
    } catch (e) {
      const err = e as ApiError;
      setNotice({ text: err.message, undoable: false, forceable: err.code === 'CONFLICT' });
    }
  };

  if (failure) return <p role="alert">{failure}</p>;
  if (!session) return <p aria-busy="true">Loading…</p>;
  const shell: Shell = { session, version, changed, reload };
  return (
    <ShellContext.Provider value={shell}>
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to the content
      </button>
      <header>
        <span class="brand">Followthrough</span>
        <nav aria-label="Screens">
          <ul>
            {NAV.map(([name, label]) => (
              <li key={name}>
                <a href={`#/${name}`} aria-current={route.name === name ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Lazy route={route} />
      </main>
      {notice && (
        <div class="notice" role="status">
          <span>{notice.text}</span>
          {notice.undoable && (
            <button type="button" onClick={() => undo()}>
              Undo
            </button>
          )}
          {notice.forceable && (
            <button type="button" onClick={() => undo(true)}>
              Undo anyway
            </button>
          )}
          <button type="button" class="quiet" aria-label="Dismiss" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
    </ShellContext.Provider>
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
