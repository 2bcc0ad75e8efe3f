#!/usr/bin/env bash
# Issue 5 benchmark: seed 001's full experiment (3 GAMUT classes x N = 2..5 x A = 2..5 x 100 games =
# 4,800 games), every symmetric optimum certified, beside the two float baselines (10 runs each of the
# replicator dynamic and the SLSQP-like search) in the same run. Prints wall time, CPU time of the exact
# part and of the baselines, and the paper's Tables 3-7. Target: under 30 minutes on 2 cores.
# Issue 18: `sweep` is a batch over generated games; SPARK=MASTER runs it on Spark (e.g. SPARK='local[2]',
# in one JVM with spark-core on the class path, as spark-submit would run it) into target/benchmarks/sweep-spark.
# Either way the Tables 3-7 are then compared with benchmarks/sweep-results.md (every line from
# "## Table 3" on, and the summary line without its times) and sweep.json with sweep-results.json
# (without wallSeconds). A re-run in the same directory resumes (games already recorded are kept).
# Usage: [SPARK=local[2]] [THREADS=2] sweep.sh [games per size, default 100]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
games="${1:-100}"
threads="${THREADS:-2}"
echo "start: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); uptime: $(uptime)"
start=$(date +%s)
if [ -z "${SPARK:-}" ]; then
    out="$root/target/benchmarks/sweep"
    mkdir -p "$out"
    "$root/equicert" --version >/dev/null
    "$root/equicert" sweep --games "$games" --threads "$threads" --out "$out" >"$out/stdout.txt"
else
    out="$root/target/benchmarks/sweep-spark"
    mkdir -p "$out"
    [ -f target/equicert.jar ] || mvn -B -q -DskipTests package
    [ -f target/spark-classpath.txt ] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/spark-classpath.txt >/dev/null
    opens="$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' pom.xml)"
    # shellcheck disable=SC2086
    java -Xss8m -Xmx4g $opens -cp "target/equicert.jar:$(cat target/spark-classpath.txt)" org.equicert.cli.Main \
        sweep --games "$games" --threads "$threads" --out "$out" --spark "$SPARK" >"$out/stdout.txt"
fi
end=$(date +%s)
echo "end:   $(date -u '+%Y-%m-%d %H:%M:%S UTC'); uptime: $(uptime)"
echo "wall time of the whole command: $((end - start)) s"
sed -n 3p "$out/sweep.md"
if [ "$games" = 100 ]; then
    strip() { sed -n '/^## Table 3/,$p' "$1"; }
    summary() { grep -E '^[0-9]+ games, ' "$1" | sed 's/; wall time.*//'; }
    if diff <(strip benchmarks/sweep-results.md) <(strip "$out/sweep.md") >/dev/null \
        && diff <(summary benchmarks/sweep-results.md) <(summary "$out/sweep.md") >/dev/null \
        && diff <(grep -v wallSeconds benchmarks/sweep-results.json) <(grep -v wallSeconds "$out/sweep.json") >/dev/null; then
        echo "Tables 3-7, the paper comparison and sweep.json: identical to benchmarks/sweep-results.md and .json"
    else
        echo "Tables 3-7 DIFFER from benchmarks/sweep-results.md (diff <(sed -n '/^## Table 3/,\$p' benchmarks/sweep-results.md) <(sed -n '/^## Table 3/,\$p' $out/sweep.md))"
    fi
fi
