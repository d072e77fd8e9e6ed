# shellcheck shell=bash
# Sourced by ops/bench: the load tools a benchmark needs, installed when missing (nothing is installed by hand).
# wrk comes from Debian (needs root for apt-get); PostGraphile, the peer of the GraphQL load benchmark, from the npm
# registry at an exact version into .tools/.

MERITASN_POSTGRAPHILE_VERSION="${MERITASN_POSTGRAPHILE_VERSION:-4.14.1}"

ensure_wrk() {
  command -v wrk >/dev/null && return 0
  [ "$(id -u)" = 0 ] || { echo "wrk is missing: apt-get install wrk (as root)" >&2; return 1; }
  echo "Installing wrk (Debian) ..." >&2
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
}

ensure_postgraphile() {
  local dir="$MERITASN_ROOT/.tools/postgraphile-$MERITASN_POSTGRAPHILE_VERSION"
  if [ ! -x "$dir/node_modules/.bin/postgraphile" ]; then
    echo "Installing PostGraphile $MERITASN_POSTGRAPHILE_VERSION (npm) into .tools/ ..." >&2
    mkdir -p "$dir"
    echo '{"private": true}' > "$dir/package.json"
    (cd "$dir" && npm install --no-audit --no-fund --silent "postgraphile@$MERITASN_POSTGRAPHILE_VERSION")
  fi
  MERITASN_POSTGRAPHILE="$dir/node_modules/.bin/postgraphile"
}
