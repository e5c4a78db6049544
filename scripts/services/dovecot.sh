#!/usr/bin/env bash
# Starts (or reuses) a private Dovecot IMAP server on 127.0.0.1 for trying `followthrough sync` by hand, and
# prints its URL. `prepare` only writes the folder (config, passwd-file, maildir) and prints the config's path:
# test/helpers/servers.ts uses it to run its own instance per test file, so the config lives here alone.
# Usage: scripts/services/dovecot.sh [start|stop|status|prepare]
# Env: FT_IMAP_PORT (51143), FT_IMAP_DIR (/tmp/followthrough-dovecot), FT_IMAP_USER (dana@example.test),
#      FT_IMAP_PASSWORD (followthrough)
set -euo pipefail
port=${FT_IMAP_PORT:-51143}
dir=${FT_IMAP_DIR:-/tmp/followthrough-dovecot}
user=${FT_IMAP_USER:-dana@example.test}
password=${FT_IMAP_PASSWORD:-followthrough}
[ -x /usr/sbin/dovecot ] || { echo "dovecot.sh: Dovecot is not installed (apt-get install dovecot-imapd)" >&2; exit 1; }
conf="$dir/dovecot.conf"
running() { [ -f "$dir/run/master.pid" ] && kill -0 "$(cat "$dir/run/master.pid")" 2>/dev/null; }
# Writes the private folder: maildir, passwd-file and config.
prepare() {
  mkdir -p "$dir/mail"
  # Dovecot will not run its login and mail processes as root: then they use its own system users.
  if [ "$(id -u)" = 0 ]; then
    login=dovenull internal=dovecot uid=$(id -u dovecot) gid=$(id -g dovecot)
    chmod 755 "$dir"; chown "$uid:$gid" "$dir/mail"
  else
    login=$(id -un) internal=$(id -un) uid=$(id -u) gid=$(id -g)
  fi
  printf '%s:{PLAIN}%s\n' "$user" "$password" > "$dir/users"
  cat > "$conf" <<CONF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
protocols = imap
# No statistics service: nothing reads it, and its handshake only slows start-up and shutdown.
stats_writer_socket_path =
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = $internal
default_login_user = $login
first_valid_uid = 1
mail_location = maildir:$dir/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = create
  }
  mailbox Trash {
    special_use = \\Trash
    auto = create
  }
}
CONF
}
case "${1:-start}" in
  status) running; exit $? ;;
  stop)
    if running; then
      pid=$(cat "$dir/run/master.pid"); kill "$pid"
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    exit 0 ;;
  prepare) prepare; echo "$conf"; exit 0 ;;
  start) ;;
  *) echo "usage: $0 [start|stop|status|prepare]" >&2; exit 2 ;;
esac
if ! running; then
  prepare
  /usr/sbin/dovecot -c "$conf"
  for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
fi
echo "imap://${user/@/%40}:$password@127.0.0.1:$port/INBOX"
