#!/usr/bin/env bash
# Cold start: fresh JVMs, median of N (default 5), our handlers vs a hello-world handler; then the
# function zips' sizes. Builds what it needs; run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f infrastructure/benchmarks/target/benchmarks.jar ] || mvn -q -B -o -Pbench -DskipTests package
java -cp infrastructure/benchmarks/target/benchmarks.jar newsfacts.bench.ColdStart "${1:-5}"
