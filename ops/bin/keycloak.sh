#!/usr/bin/env bash
# Local Keycloak for MeritASN: the distribution org.keycloak:keycloak-quarkus-dist from Maven Central (cached in
# ~/.m2 and unpacked into .tools/), the realm "meritasn" imported from ops/keycloak/meritasn-realm.json, bound to
# 127.0.0.1 only.
#
#   keycloak.sh install                 fetch and unpack (idempotent)
#   keycloak.sh start                   start in the background, wait until ready (its default H2 store, kept)
#   keycloak.sh run-ephemeral           run in the foreground with an in-memory store (tests), realm fresh each start
#   keycloak.sh stop
#
# Ports: KC_HTTP_PORT (8180) and KC_MANAGEMENT_PORT (8190). Admin console: admin / admin (local only).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

KC_VERSION="${KC_VERSION:-26.7.3}"
KC_HOME="$MERITASN_ROOT/.tools/keycloak-$KC_VERSION"
KC_DATA="$KC_HOME/data"
KC_HTTP_PORT="${KC_HTTP_PORT:-8180}"
KC_MANAGEMENT_PORT="${KC_MANAGEMENT_PORT:-8190}"
REALM_FILE="$MERITASN_ROOT/ops/keycloak/meritasn-realm.json"
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"

install() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  echo "Fetching Keycloak $KC_VERSION from Maven Central ..." >&2
  (cd "$MERITASN_ROOT" && ./mvnw -B -q -ntp dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory=.tools >&2)
  local zip="$MERITASN_ROOT/.tools/keycloak-quarkus-dist-$KC_VERSION.zip"
  if command -v unzip >/dev/null; then
    unzip -q -o "$zip" -d "$MERITASN_ROOT/.tools"
  else
    python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" "$zip" "$MERITASN_ROOT/.tools"
  fi
  chmod +x "$KC_HOME"/bin/*.sh
  rm -f "$zip"
}

common_options() {
  echo --http-host=127.0.0.1 --http-port="$KC_HTTP_PORT" --hostname="http://127.0.0.1:$KC_HTTP_PORT" \
    --http-management-port="$KC_MANAGEMENT_PORT" --health-enabled=true --import-realm
}

ready() { curl -sf "http://127.0.0.1:$KC_MANAGEMENT_PORT/health/ready" >/dev/null 2>&1; }

wait_ready() {
  local pid="$1"
  for _ in $(seq 1 180); do
    ready && return 0
    kill -0 "$pid" 2>/dev/null || { echo "Keycloak exited; see $KC_DATA/keycloak.log" >&2; return 1; }
    sleep 1
  done
  echo "Keycloak did not become ready in 180 s; see $KC_DATA/keycloak.log" >&2
  return 1
}

case "${1:-start}" in
  install)
    install
    ;;
  start)
    install
    if ready; then echo "Keycloak already runs on 127.0.0.1:$KC_HTTP_PORT" >&2; exit 0; fi
    mkdir -p "$KC_DATA/import"
    # The realm is code: when the file changed since the last import, start from a clean store and import it again.
    stamp="$(sha256sum "$REALM_FILE" | cut -c1-16)"
    if [ "$(cat "$KC_DATA/realm.stamp" 2>/dev/null)" != "$stamp" ]; then
      rm -rf "$KC_DATA/h2"
      cp "$REALM_FILE" "$KC_DATA/import/"
      echo "$stamp" > "$KC_DATA/realm.stamp"
    fi
    # shellcheck disable=SC2046
    nohup "$KC_HOME/bin/kc.sh" start-dev $(common_options) --db=dev-file >"$KC_DATA/keycloak.log" 2>&1 &
    echo $! > "$KC_DATA/keycloak.pid"
    echo "Starting Keycloak $KC_VERSION on http://127.0.0.1:$KC_HTTP_PORT (log: $KC_DATA/keycloak.log) ..." >&2
    wait_ready "$(cat "$KC_DATA/keycloak.pid")"
    echo "Keycloak is ready: realm meritasn at http://127.0.0.1:$KC_HTTP_PORT/realms/meritasn" >&2
    ;;
  run-ephemeral)
    install
    mkdir -p "$KC_DATA/import"
    cp "$REALM_FILE" "$KC_DATA/import/"
    # shellcheck disable=SC2046
    exec "$KC_HOME/bin/kc.sh" start-dev $(common_options) --db=dev-mem
    ;;
  stop)
    if [ -f "$KC_DATA/keycloak.pid" ]; then
      pkill -P "$(cat "$KC_DATA/keycloak.pid")" 2>/dev/null || true
      kill "$(cat "$KC_DATA/keycloak.pid")" 2>/dev/null || true
      rm -f "$KC_DATA/keycloak.pid"
    fi
    ;;
  *)
    echo "usage: $0 install|start|run-ephemeral|stop" >&2; exit 2
    ;;
esac
