#!/usr/bin/env bash
# The test command of the README: installs what the tests need, then runs them.
# System packages: docker-registry (the CNCF distribution registry the registry tests start
# on loopback), skopeo (registry benchmark comparison), git (pre-commit tests).
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  if ! command -v docker-registry >/dev/null || ! command -v skopeo >/dev/null \
     || ! command -v git >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq docker-registry skopeo git >/dev/null
  fi
fi
unset PYTHONDONTWRITEBYTECODE  # subprocess-heavy tests would recompile archlint at every start
python3 -m pip install -q --disable-pip-version-check -e '.[test]'
exec python3 -m pytest -n 2 --dist loadgroup -q "$@"
