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

chromium=$(find_chromium) || chromium=""
# Debian's Chromium brings no emoji font: without one, reactions in the screenshots we look at are boxes.
emoji_font=/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf
can_install() { [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; }

if [ -z "$chromium" ] && can_install; then
  echo "Chromium not found: installing Debian's chromium package and an emoji font…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium fonts-noto-color-emoji >&2
  chromium=/usr/bin/chromium
elif [ -n "$chromium" ] && [ ! -e "$emoji_font" ] && can_install; then
  # The tests run without it, so a failed install only warns.
  echo "Installing Debian's emoji font for the screenshots…" >&2
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq fonts-noto-color-emoji; } >&2 ||
    echo "warning: no emoji font; reactions in the screenshots show as boxes" >&2
fi
if [ -n "$chromium" ]; then
  echo "$chromium"
  exit 0
fi
echo "Chromium is needed for the browser tests. Install it (Debian/Ubuntu: sudo apt-get install chromium)" >&2
echo "or point CHROMIUM_PATH at an existing Chromium/Chrome binary." >&2
exit 1
