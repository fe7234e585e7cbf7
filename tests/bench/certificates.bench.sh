#!/usr/bin/env bash
# Certificates (issue 15): one jury close that issues the diplomas of a promotion of 300 on the running dev site —
# the adhoc task issue_certificates as cron runs it (both PDFs per learner, audited), time, DB reads and writes, in
# a transaction rolled back (tests/bench/certificates.php). A measurement, never a test: it prints figures, exits 0.
set -uo pipefail
SENS_ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$SENS_ROOT/scripts/lib/common.sh"
if [ ! -f "$MOODLE_DIR/config.php" ]; then
  echo "SKIPPED: no Moodle site at $MOODLE_DIR (run npm start first)"; exit 0
fi
$PHP "$SENS_ROOT/tests/bench/certificates.php" --moodle="$MOODLE_DIR" --learners="${SENS_BENCH_LEARNERS:-300}" || true
