#!/usr/bin/env bash
# Saving a workshop attestation sheet (issue 13) on the running dev site: the S1 › Données de santé sheet of the 25
# demo learners, through local_sens_save_attestation_sheet, recompute and events included (tests/bench/sheet.php).
# A measurement, never a test: it prints figures and exits 0.
set -uo pipefail
SENS_ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$SENS_ROOT/scripts/lib/common.sh"
if [ ! -f "$MOODLE_DIR/config.php" ]; then
  echo "SKIPPED: no Moodle site at $MOODLE_DIR (run npm start first)"; exit 0
fi
$PHP "$SENS_ROOT/tests/bench/sheet.php" --moodle="$MOODLE_DIR" --runs="${SENS_BENCH_RUNS:-5}" || true
