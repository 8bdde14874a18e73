#!/usr/bin/env bash
# Browser tests drive Debian's Chromium: test tools cannot download their own browser here.
# Prints the path of a usable Chromium, installing Debian's package when we are root and it is missing.
set -euo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium package…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
  echo /usr/bin/chromium
  exit 0
fi
echo "Chromium is needed for the browser tests. Install it (Debian/Ubuntu: sudo apt-get install chromium)" >&2
echo "or point CHROMIUM_PATH at an existing Chromium/Chrome binary." >&2
exit 1
