#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real: PostgreSQL (store tests on both dialects),
# Dovecot (IMAP replies), poppler-utils (an independent PDF reader) and util-linux `script` (bsdutils: a
# pseudo-terminal for the prompt tests; Essential on Debian, but checked anyway) and Chromium (the web app's
# browser tests drive it with playwright-core; never a downloaded browser).
# Needs root or sudo; skips what is there.
set -euo pipefail
need=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v script >/dev/null 2>&1 || need+=(bsdutils)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
echo "install-test-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# The packages start system-wide services where they can; the tests run their own instances on loopback.
"${sudo[@]}" service dovecot stop >/dev/null 2>&1 || true
"${sudo[@]}" service postgresql stop >/dev/null 2>&1 || true
