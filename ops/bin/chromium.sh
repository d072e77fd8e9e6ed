# shellcheck shell=bash
# Browser tests drive Debian's Chromium with playwright-core (never a browser download, which this network refuses).
export MERITASN_CHROMIUM="${MERITASN_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$MERITASN_CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests ..." >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install Debian's package 'chromium' (sudo apt-get install chromium) for the browser tests." >&2
  fi
fi
