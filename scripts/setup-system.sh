#!/usr/bin/env bash
# System packages for the browser tests: Debian's chromium (driven by Playwright with
# executable_path=/usr/bin/chromium, so Playwright never downloads a browser of its own).
# Idempotent: returns at once when chromium is already there. Without apt-get it only warns,
# because the browser test then skips with a reason instead of failing.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-system: warning: apt-get not found; install chromium yourself (browser tests will skip)" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "setup-system: warning: not root and no sudo; cannot install chromium (browser tests will skip)" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
# update the package lists only when chromium is not installable from the current ones
if ! apt-cache show chromium >/dev/null 2>&1; then
  $SUDO apt-get update -q
fi
$SUDO apt-get install -y -q --no-install-recommends chromium
