#!/usr/bin/env bash
# Differential run of the number core: every public Rational operation (and RationalInterval and
# RealAlgebraic comparisons) checked against plain BigInteger / exact-surd references on seeded,
# edge-biased operands. Prints operations, mismatches and seconds per kind; exit 1 on any mismatch.
# Usage: benchmarks/rational-differential.sh [rational-operations (default 1000000)] [seed (default 1)]
# Needs only bash, maven and java.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
operations="${1:-1000000}"
seed="${2:-1}"
cd "$root"
mkdir -p target
rm -f target/rational-differential.txt
status=0
mvn -B -q test -Dtest=DifferentialRunTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dequicert.differential.operations="$operations" -Dequicert.differential.seed="$seed" \
    > target/rational-differential.log 2>&1 || status=$?
if [ -f target/rational-differential.txt ]; then
    cat target/rational-differential.txt
else
    cat target/rational-differential.log
    echo "rational-differential: the run produced no summary (see target/rational-differential.log)" >&2
    exit 2
fi
exit "$status"
