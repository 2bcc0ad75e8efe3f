#!/usr/bin/env bash
# Issue 5 benchmark: seed 001's full experiment (3 GAMUT classes x N = 2..5 x A = 2..5 x 100 games =
# 4,800 games), every symmetric optimum certified, beside the two float baselines (10 runs each of the
# replicator dynamic and the SLSQP-like search) in the same run. Prints wall time, CPU time of the exact
# part and of the baselines, and the paper's Tables 3-7. Target: under 30 minutes on 2 cores.
# Usage: sweep.sh [games per size, default 100]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/target/benchmarks/sweep"
mkdir -p "$out"
"$root/equicert" --version >/dev/null
start=$(date +%s)
"$root/equicert" sweep --games "${1:-100}" --out "$out"
end=$(date +%s)
echo "wall time of the whole command: $((end - start)) s"
