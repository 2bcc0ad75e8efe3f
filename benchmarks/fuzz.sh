#!/usr/bin/env bash
# Fuzz campaign over every input reader and the certificate checker (in-process and through
# `equicert check`): the same mutations and contract as ReaderFuzzProperties, for many more inputs.
# Prints per-reader counts and the totals: inputs, crashes (unexpected exceptions), hangs (> 5 s),
# messages without a location, internal details in messages, false accepts, max time, max allocation.
# Failing inputs are saved in target/fuzz-failures/. Exit code 0 if every input was answered properly.
# Usage: benchmarks/fuzz.sh [INPUTS (default 1000000)] [SEED (default 1)]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
inputs="${1:-1000000}"
seed="${2:-1}"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/fuzz-classpath.txt >/dev/null
# run from a copy of the classes, so that rebuilding during the (long) run cannot disturb it
rm -rf target/fuzz-classes && mkdir -p target/fuzz-classes
cp -r target/classes target/fuzz-classes/main && cp -r target/test-classes target/fuzz-classes/test
echo "start: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); uptime: $(uptime)"
status=0
java -Xss8m -Xmx4g -cp "target/fuzz-classes/test:target/fuzz-classes/main:$(cat target/fuzz-classpath.txt)" \
    org.equicert.cli.FuzzCampaign "$inputs" "$seed" target/fuzz-failures || status=$?
echo "end:   $(date -u '+%Y-%m-%d %H:%M:%S UTC'); uptime: $(uptime)"
exit "$status"
