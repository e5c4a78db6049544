// The one way out: everything the CLI writes to stdout or stderr passes the secrets scrubber first, so no
// code path (an error naming a URL, a server reply, a library's message) can print a configured password.
// The secrets are gathered on the first write, from the env's server URLs, URL arguments and the config file.
import { readConfigJson } from '../config/read.js';
import { configSecrets, envSecrets, Scrubber, type Secret } from '../config/secrets.js';

let scrubber: Scrubber | undefined;

function current(): Scrubber {
  if (scrubber) return scrubber;
  const secrets: Secret[] = envSecrets(process.env, process.argv.slice(2));
  try {
    const { json } = readConfigJson(process.env);
    if (json !== undefined) secrets.push(...configSecrets(json));
  } catch {
    // An unreadable config file is reported by the command that needs it; its secrets cannot leak from it.
  }
  scrubber = new Scrubber(secrets);
  return scrubber;
}

/** The text with every configured secret replaced by `***`. */
export function scrubOutput(text: string): string {
  const s = current();
  return s.empty ? text : s.scrub(text);
}

/** Wraps the stream's `write` so that text goes through the scrubber (binary output such as a PDF is left as is). */
function guard(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) =>
    write(typeof chunk === 'string' ? scrubOutput(chunk) : chunk, ...rest)) as typeof stream.write;
}

let installed = false;

/** Installs the scrubber on stdout and stderr (once). */
export function installOutputGuard(): void {
  if (installed) return;
  installed = true;
  guard(process.stdout);
  guard(process.stderr);
}
