// The planted secret: one password, put everywhere a user puts one (the SMTP, IMAP and database URLs, raw
// and URL-encoded, the config file's smtp/imap/llm sections), and servers that echo the AUTH and LOGIN
// lines back in their error replies. Every command runs, and none of its output may hold the secret in any
// form it travels in: raw, URL-encoded, or base64 as in SMTP AUTH PLAIN/LOGIN and HTTP Basic.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type CliStore, cliStore } from '../helpers/cli-store.js';
import { runCli } from '../helpers/servers.js';

const USER = 'dana@example.test';
const SECRET = 'pl4nted/S3cret!x';
const HEADER_TOKEN = 'tok-9f8e7d6c5b4a';
const STEP = 'acme/thank-you/0/maria-chen';
const NOW = '2026-01-05T16:00:00-06:00';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/** Every form of the planted secrets that must never be printed. */
const FORMS = [
  SECRET,
  encodeURIComponent(SECRET),
  b64(SECRET),
  b64(`\0${USER}\0${SECRET}`),
  b64(`${USER}:${SECRET}`),
  HEADER_TOKEN,
  // The part after the slash: a URL parser that splits there must not print it either.
  'S3cret!x',
];

function assertClean(what: string, output: string): void {
  for (const form of FORMS)
    assert.ok(!output.includes(form), `${what}: the output holds the secret as ${JSON.stringify(form)}:\n${output}`);
}

/** A server speaking just enough of a line protocol to echo the client's credentials back in an error. */
function echoServer(onLine: (line: string, socket: Socket) => void, greeting: string): Promise<Server> {
  const server = createServer((socket) => {
    socket.write(greeting);
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      for (let i = buffered.indexOf('\r\n'); i >= 0; i = buffered.indexOf('\r\n')) {
        const line = buffered.slice(0, i);
        buffered = buffered.slice(i + 2);
        onLine(line, socket);
      }
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** SMTP that offers AUTH `method` and answers every attempt with 535 and the line it got, NUL and ESC included. */
function smtpEcho(method: 'PLAIN' | 'LOGIN'): Promise<Server> {
  return echoServer((line, socket) => {
    if (/^(EHLO|HELO)/i.test(line)) socket.write(`250-echo\r\n250 AUTH ${method}\r\n`);
    else if (/^AUTH LOGIN$/i.test(line)) socket.write('334 VXNlcm5hbWU6\r\n');
    else if (/^AUTH PLAIN$/i.test(line)) socket.write('334 \r\n');
    else if (/^AUTH/i.test(line) || /^[A-Za-z0-9+/=]+$/.test(line)) {
      if (method === 'LOGIN' && line === b64(USER)) socket.write('334 UGFzc3dvcmQ6\r\n');
      else socket.write(`535 5.7.8 \u0000\u001b[31mbad credentials: ${line}\r\n`);
    } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
    else socket.write('250 ok\r\n');
  }, '220 echo ESMTP\r\n');
}

/** IMAP that refuses LOGIN and repeats the whole command, password and all. */
function imapEcho(): Promise<Server> {
  return echoServer((line, socket) => {
    const [tag = '*', command = ''] = line.split(' ');
    if (/^CAPABILITY$/i.test(command)) socket.write(`* CAPABILITY IMAP4rev1\r\n${tag} OK done\r\n`);
    else if (/^(LOGIN|AUTHENTICATE)$/i.test(command))
      socket.write(`${tag} NO [AUTHENTICATIONFAILED] \u0000rejected: ${line}\r\n`);
    else if (/^LOGOUT$/i.test(command)) socket.end(`* BYE\r\n${tag} OK bye\r\n`);
    else socket.write(`${tag} BAD ${line}\r\n`);
  }, '* OK [CAPABILITY IMAP4rev1] echo ready\r\n');
}

const portOf = (s: Server) => (s.address() as { port: number }).port;

/** Every command, with arguments that get it as far as it goes against these servers. */
const invocations = (dir: string): string[][] => [
  ['init', '--name', 'Dana Reyes', '--email', USER],
  [
    'add',
    '--company',
    'Initech',
    '--role',
    'Analyst',
    '--at',
    '2026-01-07 10:00',
    '--interviewer',
    'Bill L <bill@initech.example>',
  ],
  ['debrief', 'acme', '--went-well', 'the close'],
  ['checklist'],
  ['list'],
  ['show', 'acme'],
  ['edit', 'acme', '--role', 'Senior Accountant'],
  ['plan', '--now', NOW],
  ['today', '--now', NOW],
  ['snooze', STEP, '--until', '2026-01-06', '--now', NOW],
  ['skip', 'acme/check-in/1', '--now', NOW],
  ['done', STEP, '--now', NOW],
  ['draft', STEP, '--now', NOW],
  ['review', '-'],
  ['script', 'acme/check-in/1', '--now', NOW],
  ['letter', STEP, '-o', '-', '--now', NOW],
  ['calendar', '--now', NOW],
  ['send', STEP, '--dry-run', '--now', NOW],
  ['send', STEP, '--yes', '--now', NOW],
  ['export-eml', STEP, '-o', '-', '--now', NOW],
  ['sync', '--now', NOW],
  ['watch', '--now', NOW],
  ['log'],
  ['import', '--replace', join(dir, 'doc.json')],
  ['export'],
  ['undo'],
  ['config'],
  ['config', '--show'],
  ['remove', 'initech'],
];

describe('the planted secret', () => {
  let box: CliStore;
  const servers: Server[] = [];
  let smtpPlain: Server;
  let smtpLogin: Server;
  let imap: Server;

  before(async () => {
    [smtpPlain, smtpLogin, imap] = await Promise.all([smtpEcho('PLAIN'), smtpEcho('LOGIN'), imapEcho()]);
    servers.push(smtpPlain, smtpLogin, imap);
    box = await cliStore({});
    writeFileSync(
      box.env.FOLLOWTHROUGH_CONFIG as string,
      JSON.stringify({
        smtp: { host: '127.0.0.1', port: portOf(smtpPlain), secure: false, user: USER, password: SECRET },
        imap: { host: '127.0.0.1', port: portOf(imap), secure: false, user: USER, password: SECRET },
        llm: {
          url: `https://${encodeURIComponent(USER)}:${encodeURIComponent(SECRET)}@llm.example/v1`,
          apiKey: SECRET,
          headers: { Authorization: `Bearer ${HEADER_TOKEN}`, 'X-Api-Key': SECRET },
          nested: { deeper: { token: SECRET } },
        },
      }),
    );
  });
  after(async () => {
    for (const s of servers) await new Promise((resolve) => s.close(resolve));
    box?.cleanup();
  });

  const run = async (what: string, args: string[], env: Record<string, string> = {}) => {
    const r = await runCli(args, { ...box.env, ...env, NO_COLOR: '1' }, 20_000);
    assertClean(`${what}: ${args.join(' ')}`, `${r.stdout}\n${r.stderr}`);
    return r;
  };

  test('every command, with the secret in the config file and the servers echoing it', async () => {
    for (const args of invocations(box.dir)) await run('config', args);
    const shown = await run('config', ['config', '--show']);
    assert.equal(shown.code, 0, shown.stderr);
    const config = JSON.parse(shown.stdout) as { llm: { headers: Record<string, string> } };
    assert.equal(config.llm.headers.Authorization, '********');
    // The echoing servers were reached: the errors come from their replies, not from a refused connection.
    const sent = await run('config', ['send', 'acme/thank-you/0/sam-ortiz', '--yes', '--now', NOW]);
    assert.notEqual(sent.code, 0);
    // The server's reply, scrubbed: it reached the output and lost the secret on the way.
    assert.match(sent.stderr, /bad credentials: .*\*\*\*/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    assert.doesNotMatch(sent.stderr, /[\u0000\u001b]/, 'server bytes are escaped, never repeated raw');
  });

  test('the secret in each URL form: raw (not a URL), URL-encoded, AUTH LOGIN, IMAP, database', async () => {
    const host = (s: Server) => `127.0.0.1:${portOf(s)}`;
    const forms: Array<[string, Record<string, string>]> = [
      ['smtp raw', { FOLLOWTHROUGH_SMTP_URL: `smtp://${USER}:${SECRET}@${host(smtpPlain)}` }],
      [
        'smtp encoded',
        {
          FOLLOWTHROUGH_SMTP_URL: `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(SECRET)}@${host(smtpPlain)}`,
        },
      ],
      [
        'smtp login',
        {
          FOLLOWTHROUGH_SMTP_URL: `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(SECRET)}@${host(smtpLogin)}`,
        },
      ],
      ['imap raw', { FOLLOWTHROUGH_IMAP_URL: `imap://${USER}:${SECRET}@${host(imap)}/INBOX` }],
      [
        'imap encoded',
        {
          FOLLOWTHROUGH_IMAP_URL: `imap://${encodeURIComponent(USER)}:${encodeURIComponent(SECRET)}@${host(imap)}/INBOX`,
        },
      ],
      ['database raw', { FOLLOWTHROUGH_DB: `postgres://dana:${SECRET}@127.0.0.1:1/ft` }],
      [
        'database encoded',
        { DATABASE_URL: `postgres://dana:${encodeURIComponent(SECRET)}@127.0.0.1:1/ft`, FOLLOWTHROUGH_DB: '' },
      ],
    ];
    for (const [what, env] of forms) {
      const r = await run(
        what,
        what.startsWith('smtp')
          ? ['send', 'acme/thank-you/0/sam-ortiz', '--yes', '--now', NOW]
          : what.startsWith('imap')
            ? ['sync', '--now', NOW]
            : ['plan', '--now', NOW],
        env,
      );
      assert.notEqual(r.code, 0, `${what}: ${r.stderr}`);
      if (what.startsWith('smtp')) await run(what, ['config', '--show'], env);
    }
    // The same through the --db flag.
    await run('--db', ['--db', `postgres://dana:${SECRET}@127.0.0.1:1/ft`, 'plan']);
  });
});
