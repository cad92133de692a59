#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine: the npm packages from the lockfile and, when no
# Chromium is found, Debian's Chromium (Playwright cannot download its own browser on this network; on an
# ordinary developer machine `npx playwright install chromium` works too and is picked up automatically).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ "$(npm -v | cut -d. -f1)" -lt 11 ]; then npm install -g npm@11 </dev/null; fi

chromium_found() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ] && return 0
  [ -x /usr/bin/chromium ] && return 0
  ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1
}

if ! chromium_found; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian chromium"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq chromium fonts-liberation </dev/null
  else
    echo "No Chromium found: install Chromium, or run 'npx playwright install chromium'." >&2
    exit 1
  fi
fi

if ! npm ci --no-audit --no-fund </dev/null; then
  echo "== npm ci rejected the lockfile; falling back to npm install"
  npm install --no-audit --no-fund </dev/null
fi
