#!/usr/bin/env bash
# Times the AMD build (npm run build:amd) and each static check of stage 20 (never fails a build).
set -uo pipefail
cd "$(dirname "$0")/../.."
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
printf '%-14s %8s\n' step ms
printf '%-14s %8s\n' build:amd "$(ms npx --no-install tsx build/amd/build.ts)"
for check in phplint phpcs phpdoc savepoints lang strings version installxml mustache amd eslint; do
  printf '%-14s %8s\n' "$check" "$(SENS_STATIC_ONLY="$check" SENS_STAGE_COUNTS=/dev/null ms bash tests/stages/20-static.sh)"
done
printf '%-14s %8s\n' 'stage total' "$(SENS_STAGE_COUNTS=/dev/null ms bash tests/stages/20-static.sh)"
