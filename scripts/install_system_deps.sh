#!/usr/bin/env bash
# Installs the system packages the browser tests need, only when they are missing:
# Debian's chromium (driven by Playwright with executable_path, never a downloaded browser),
# an Arabic font so pages render as users see them, and a Java runtime for the W3C Nu validator.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans Arabic' || missing+=(fonts-noto-core)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing system packages: ${missing[*]} (run as root, or install them: apt-get install ${missing[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
