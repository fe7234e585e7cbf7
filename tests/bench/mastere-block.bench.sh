#!/usr/bin/env bash
# What block_competences adds to the dashboard of a Mastère learner (issue 16: modules instead of levels, each with
# its grades per session and its absences against 20 % / 50 %; target ≤ 5 DB reads over the page without the block):
# part 1 of dashboard.bench.sh for the demo learner mastere03 (scripts/demo/sousse.php: barred from UEF 2, grades,
# teaching-session absences), or SENS_BENCH_MASTERE_USER. A measurement, never a test.
set -uo pipefail
SENS_BENCH_USER="${SENS_BENCH_MASTERE_USER:-mastere03}" SENS_BENCH_PARTS=page exec bash "$(dirname "$0")/dashboard.bench.sh"
