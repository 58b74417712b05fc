#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing (the end-to-end tests and the demo drive it), and
# Debian's Firefox ESR when it is missing (the Firefox end-to-end tests drive it).
set -euo pipefail
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
UPDATED=""

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium not found; installing Debian's chromium package"
  $SUDO apt-get update -qq
  UPDATED=1
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# The browser's own languages (Debian ships only en-US with chromium): a German, French or
# Spanish browser is what shows HCP Lens in that language (test/e2e/onboarding.e2e.ts).
if [ -x /usr/bin/chromium ] && [ ! -f /usr/lib/chromium/locales/de.pak ]; then
  echo "Chromium's languages not found; installing Debian's chromium-l10n package"
  [ -n "$UPDATED" ] || $SUDO apt-get update -qq
  UPDATED=1
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium-l10n >/dev/null
fi

if [ ! -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ]; then
  echo "Firefox ESR not found; installing Debian's firefox-esr package"
  [ -n "$UPDATED" ] || $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr >/dev/null
fi
