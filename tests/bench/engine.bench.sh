#!/usr/bin/env bash
# Rules engine: decisions per second on the DU CNS (1,500 generated learners) and validation cost. Never a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
node --import tsx rules-engine/bench/decide.bench.ts
