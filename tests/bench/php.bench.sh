#!/usr/bin/env bash
# Generated PHP engine vs TypeScript engine: decisions per second on the same records, and the ratio.
set -uo pipefail
cd "$(dirname "$0")/../.."
npx tsx tests/bench/php-bench.ts
