#!/usr/bin/env bash
# Browser tests drive Debian's Chromium: test tools cannot download their own browser here.
# Prints the path of a usable Chromium, installing Debian's package when we are root and it is missing.
set -euo pipefail

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

missing=()
chromium=$(find_chromium) || missing+=(chromium)
# Debian's Chromium brings no emoji font: without one, reactions in the screenshots we look at are boxes.
if ! fc-list 2>/dev/null | grep -qi emoji; then missing+=(fonts-noto-color-emoji); fi

if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]}…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${missing[@]}" >&2
  chromium=${chromium:-/usr/bin/chromium}
fi
if [ -n "$chromium" ]; then
  echo "$chromium"
  exit 0
fi
echo "Chromium is needed for the browser tests. Install it (Debian/Ubuntu: sudo apt-get install chromium)" >&2
echo "or point CHROMIUM_PATH at an existing Chromium/Chrome binary." >&2
exit 1
