// The pieces behind the promises, one by one: the secrets a config and the env hold, the forms the scrubber
// removes, `config --show` masking, terminal text, and the calendar's TEXT escaping.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { icsText } from '../../src/channels/calendar/build.js';
import { cellText, errorText, terminalText } from '../../src/cli/terminal-text.js';
import { maskSecrets } from '../../src/config/index.js';
import { configSecrets, envSecrets, Scrubber, urlCredentials } from '../../src/config/secrets.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('secrets', () => {
  test('credentials come out of URLs that new URL refuses (a raw / or @ in the password)', () => {
    assert.deepEqual(urlCredentials('smtp://dana:pa/ss@word@mail.example:587'), {
      user: 'dana',
      value: 'pa/ss@word',
    });
    assert.deepEqual(urlCredentials('postgres://u:p%2Fw@db.example/ft'), { user: 'u', value: 'p%2Fw' });
    assert.equal(urlCredentials('smtp://mail.example:587'), undefined);
    assert.equal(urlCredentials('not a url'), undefined);
  });

  test('the scrubber removes raw, decoded, encoded and AUTH forms; other text is left alone', () => {
    const s = new Scrubber(envSecrets({ FOLLOWTHROUGH_SMTP_URL: 'smtp://dana%40x.example:p%2Fw0rd!@h:25' }));
    for (const leaked of [
      'p%2Fw0rd!',
      'p/w0rd!',
      encodeURIComponent('p/w0rd!'),
      b64('p/w0rd!'),
      b64('\0dana@x.example\0p/w0rd!'),
      b64('\0dana%40x.example\0p%2Fw0rd!'),
    ])
      assert.equal(s.scrub(`535 failed: ${leaked} (retry)`), '535 failed: *** (retry)', leaked);
    assert.equal(s.scrub('nothing secret here'), 'nothing secret here');
  });

  test('config secrets: known keys, every header, URL credentials and key= parameters, at any depth', () => {
    const found = configSecrets({
      smtp: { host: 'h', user: 'dana', password: 'smtp-pw' },
      llm: {
        url: 'https://u:llm-pw@api.example/v1?key=qkey123',
        headers: { Authorization: 'Bearer tok-1', 'X-Custom': 'custom-1' },
        options: { nested: { client_secret: 'deep-1' } },
        model: 'not-a-secret',
      },
    }).map((s) => s.value);
    for (const secret of ['smtp-pw', 'llm-pw', 'qkey123', 'Bearer tok-1', 'tok-1', 'custom-1', 'deep-1'])
      assert.ok(found.includes(secret), `${secret} in ${found.join(', ')}`);
    assert.ok(!found.includes('not-a-secret'));
  });

  test('config --show masks nested keys and URL passwords, and keeps the rest', () => {
    const shown = maskSecrets({
      smtp: { host: 'mail.example', password: 'x' },
      llm: { url: 'https://u:pw12@api.example/v1', headers: { Authorization: 'Bearer t' }, model: 'm' },
    });
    assert.deepEqual(shown, {
      smtp: { host: 'mail.example', password: '********' },
      llm: { url: 'https://***@api.example/v1', headers: { Authorization: '********' }, model: 'm' },
    });
  });
});

describe('terminal text', () => {
  test('cells lose line breaks and controls; blocks keep lines and our colours; errors show escapes', () => {
    assert.equal(cellText('Acme\r\nFAKE\u001b[2J\u0007\u202e'), 'Acme FAKE[2J');
    assert.equal(
      terminalText('one\r\ntwo\u001b]0;title\u0007 \u001b[1mbold\u001b[22m'),
      'one\ntwo]0;title \u001b[1mbold\u001b[22m',
    );
    assert.equal(errorText('bad\u0000 reply\r\n\u001b[31m'), 'bad\\x00 reply \\x1b[31m');
  });
});

describe('calendar TEXT values', () => {
  test('backslash, semicolon, comma and line breaks are escaped; other controls dropped', () => {
    assert.equal(icsText('a\\b;c,d\r\ne\nf\rg\u0000'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});
