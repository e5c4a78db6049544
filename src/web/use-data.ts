// Loads a screen's data, again after every change (the shell's version), and keeps the last error; and
// makes a change, announcing it in the shell's undo bar or keeping its one-line error for the form.
import { useEffect, useState } from 'preact/hooks';
import { get, post } from './api.js';
import { useShell } from './shell.js';

export function useData<T>(path: string | undefined): { data?: T; error: string; loading: boolean } {
  const { version } = useShell();
  const [state, setState] = useState<{ data?: T; error: string; loading: boolean }>({ error: '', loading: true });
  useEffect(() => {
    if (!path) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    get<T>(path)
      .then((data) => live && setState({ data, error: '', loading: false }))
      .catch((e: Error) => live && setState({ error: e.message, loading: false }));
    return () => {
      live = false;
    };
  }, [path, version]);
  return state;
}

/** A change the page asks of the server: `run` posts it, tells the shell (undo bar) and keeps any error. */
export function useChange(): { error: string; run: (path: string, body: unknown) => Promise<boolean> } {
  const { changed } = useShell();
  const [error, setError] = useState('');
  const run = async (path: string, body: unknown) => {
    try {
      const r = await post<{ message: string }>(path, body);
      setError('');
      changed(r.message);
      return true;
    } catch (err) {
      setError((err as Error).message);
      return false;
    }
  };
  return { error, run };
}
