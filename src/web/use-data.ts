// Loads a screen's data, again after every change (the shell's version), and keeps the last error.
import { useEffect, useState } from 'preact/hooks';
import { get } from './api.js';
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
