#!/usr/bin/env bash
# The jury's list of submissions (issue 14) on the running dev site: the demo portfolio activity with 30 then 300
# submissions, DB reads and time of the list page's content, in a transaction rolled back (tests/bench/jury.php).
# A measurement, never a test: it prints figures and exits 0.
set -uo pipefail
SENS_ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$SENS_ROOT/scripts/lib/common.sh"
if [ ! -f "$MOODLE_DIR/config.php" ]; then
  echo "SKIPPED: no Moodle site at $MOODLE_DIR (run npm start first)"; exit 0
fi
$PHP "$SENS_ROOT/tests/bench/jury.php" --moodle="$MOODLE_DIR" --runs="${SENS_BENCH_RUNS:-5}" || true
