// What every screen may use from the shell: the session, the change counter and the undo bar.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Session } from './api.js';

export interface Route {
  name: string;
  params: URLSearchParams;
  path: string[];
}

export interface Shell {
  session: Session;
  /** Bumped after every change, so screens load their data again. */
  version: number;
  /** Reports a change the person made, offering to undo it unless `undoable` is false (a sent email). */
  changed(message: string, undoable?: boolean): void;
  reload(): void;
}

export const ShellContext = createContext<Shell | null>(null);
export function useShell(): Shell {
  return useContext(ShellContext) as Shell;
}
