#!/usr/bin/env bash
# Regenerates every generated file (JSON schemas, engine PHP, AMD builds) and fails if any committed one was stale.
set -uo pipefail
cd "${SENS_ROOT:-$(dirname "$0")/../..}"
if ! npm run --silent generate; then
  echo "generation failed"; echo "0 1" > "${SENS_STAGE_COUNTS:-/dev/null}"; exit 1
fi
stale="$(git status --porcelain --untracked-files=all -- rules-engine/schema local_sens/classes/local/engine local_sens/lang \
  local_sens/amd block_competences/amd mod_portfolio/amd)"
if [ -n "$stale" ]; then
  echo "Stale or uncommitted generated files (run 'npm run generate' and commit):"; echo "$stale"
  git --no-pager diff --stat
  echo "0 1" > "${SENS_STAGE_COUNTS:-/dev/null}"; exit 1
fi
echo "generated files are up to date"
echo "1 0" > "${SENS_STAGE_COUNTS:-/dev/null}"
