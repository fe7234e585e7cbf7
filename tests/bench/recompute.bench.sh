#!/usr/bin/env bash
# Decision recompute on the dev site (issue 6): one learner, and 1,500 learners with about 60 facts each
# (recompute_all, first and second run). Throwaway: the PHP script works inside one transaction it rolls back.
set -uo pipefail
cd "$(dirname "$0")/../.."
MOODLE_DIR="${MOODLE_DIR:-$HOME/moodle}"
if [ ! -f "$MOODLE_DIR/config.php" ]; then
  echo "SKIPPED: no Moodle site at $MOODLE_DIR (run npm start first)"
  exit 0
fi
php tests/bench/recompute.php --moodle="$MOODLE_DIR" --programme="$PWD/rules-engine/programmes/du-cns.json" \
  --learners="${SENS_BENCH_LEARNERS:-1500}"
