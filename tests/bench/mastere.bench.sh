#!/usr/bin/env bash
# A 30-learner Mastère promotion after a grade import (issue 16) on the running dev site: Moodle's grade import
# commit of two columns for 30 learners, the observers' recomputes, a batched recompute and the teacher's report
# (tests/bench/mastere.php). A measurement, never a test: it prints figures and exits 0.
set -uo pipefail
SENS_ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$SENS_ROOT/scripts/lib/common.sh"
if [ ! -f "$MOODLE_DIR/config.php" ]; then
  echo "SKIPPED: no Moodle site at $MOODLE_DIR (run npm start first)"; exit 0
fi
$PHP "$SENS_ROOT/tests/bench/mastere.php" --moodle="$MOODLE_DIR" --runs="${SENS_BENCH_RUNS:-5}" || true
