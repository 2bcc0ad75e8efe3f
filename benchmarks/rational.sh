#!/usr/bin/env bash
# Rational arithmetic benchmark: equicert Rational vs Apfloat Aprational vs naive BigInteger fraction,
# all measured in this run. Usage: benchmarks/rational.sh [ops] [growth-terms]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/equicert" --version >/dev/null   # builds target/equicert.jar if needed
out="$root/target/benchmarks"
mkdir -p "$out"
javac -d "$out" -cp "$root/target/equicert.jar" "$root/benchmarks/src/RationalBenchmark.java"
java -cp "$out:$root/target/equicert.jar" RationalBenchmark "$@"
