#!/usr/bin/env bash
# Local SMTP server for MeritASN's notifications: GreenMail's standalone server (com.icegreen:greenmail-standalone from
# Maven Central, cached in ~/.m2 and copied into .tools/), bound to 127.0.0.1, accepting mail for any address.
#
#   mail.sh start     start in the background, wait until ready (what it received is kept until it stops)
#   mail.sh stop
#   mail.sh inbox <address>   print the subjects of the messages sent to that address
#
# Ports: SMTP MAIL_SMTP_PORT (3025), IMAP MAIL_IMAP_PORT (3143, any user name = the address, password = the address),
# HTTP API and its browser page MAIL_API_PORT (8025): GET /api/user/<address>/messages/INBOX lists what was sent.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

GM_VERSION="${GM_VERSION:-2.1.8}"
GM_JAR="$MERITASN_ROOT/.tools/greenmail-standalone-$GM_VERSION.jar"
GM_DIR="$MERITASN_ROOT/.tools/greenmail"
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_IMAP_PORT="${MAIL_IMAP_PORT:-3143}"
MAIL_API_PORT="${MAIL_API_PORT:-8025}"

install() {
  [ -f "$GM_JAR" ] && return 0
  echo "Fetching GreenMail $GM_VERSION from Maven Central ..." >&2
  (cd "$MERITASN_ROOT" && ./mvnw -B -q -ntp dependency:copy \
    -Dartifact="com.icegreen:greenmail-standalone:$GM_VERSION" -DoutputDirectory=.tools >&2)
}

ready() { curl -sf "http://127.0.0.1:$MAIL_API_PORT/api/service/readiness" >/dev/null 2>&1; }

case "${1:-start}" in
  start)
    install
    if ready; then echo "The mail server already runs on 127.0.0.1:$MAIL_SMTP_PORT" >&2; exit 0; fi
    mkdir -p "$GM_DIR"
    nohup java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
      -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$MAIL_IMAP_PORT" \
      -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" -Dgreenmail.auth.disabled \
      -jar "$GM_JAR" >"$GM_DIR/greenmail.log" 2>&1 &
    echo $! > "$GM_DIR/greenmail.pid"
    for _ in $(seq 1 60); do
      ready && { echo "Mail server ready: SMTP 127.0.0.1:$MAIL_SMTP_PORT, sent mail on http://127.0.0.1:$MAIL_API_PORT" >&2; exit 0; }
      kill -0 "$(cat "$GM_DIR/greenmail.pid")" 2>/dev/null || { echo "GreenMail exited; see $GM_DIR/greenmail.log" >&2; exit 1; }
      sleep 1
    done
    echo "GreenMail did not become ready in 60 s; see $GM_DIR/greenmail.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$GM_DIR/greenmail.pid" ]; then
      kill "$(cat "$GM_DIR/greenmail.pid")" 2>/dev/null || true
      rm -f "$GM_DIR/greenmail.pid"
    fi
    ;;
  inbox)
    curl -sf "http://127.0.0.1:$MAIL_API_PORT/api/user/${2:?an e-mail address}/messages/INBOX" \
      | python3 -c 'import json,sys; [print(m["subject"]) for m in json.load(sys.stdin)]' \
      || echo "No mail for $2 yet." >&2
    ;;
  *)
    echo "usage: $0 start|stop|inbox <address>" >&2; exit 2
    ;;
esac
