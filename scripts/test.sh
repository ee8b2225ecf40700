#!/usr/bin/env bash
# Runs the whole test suite. Starts the local PostgreSQL cluster if it is installed but stopped,
# so the PostgreSQL tests run; without a server they skip with a message.
set -uo pipefail
cd "$(dirname "$0")/.."
if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start 2>/dev/null || true
  fi
fi
exec .venv/bin/python -m pytest -q "$@"
