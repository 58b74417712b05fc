#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing (the end-to-end tests and the demo drive it).
set -euo pipefail
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && exit 0
echo "Chromium not found; installing Debian's chromium package"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
