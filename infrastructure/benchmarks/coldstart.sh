#!/usr/bin/env bash
# Cold start: fresh JVMs, median of N (default 5), our handlers vs a hello-world handler; then the
# function zips' sizes. With a second argument, the handlers of that checkout too (built there with
# `mvn -DskipTests package`), in the same rounds: before/after in one run. Builds what it needs; run from anywhere.
set -euo pipefail
before=""
[ $# -ge 2 ] && before="-Dcoldstart.before=$(cd "$2" && pwd)"
cd "$(dirname "$0")/../.."
[ -f infrastructure/benchmarks/target/benchmarks.jar ] || mvn -q -B -o -Pbench -DskipTests package
java -cp infrastructure/benchmarks/target/benchmarks.jar $before newsfacts.bench.ColdStart "${1:-5}"
