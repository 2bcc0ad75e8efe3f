#!/usr/bin/env bash
# Issue 18: random 2x2 bimatrix games (integer payoffs 0..99, fixed seed) through `equicert batch nash`
# locally with 1 and 2 threads and on Spark local[2] (in one JVM with spark-core on the class path,
# as spark-submit would run it). Prints wall seconds (JVM start included), throughput, the ratios
# and whether the three results.jsonl files are byte-identical.
# Usage: benchmarks/batch.sh [GAMES (default 1000)] [SEED (default 18)]
#   ORDER="spark2 threads2 threads1" runs the three in another order (the machine's load drifts).
# Needs network once for Maven's dependency plugin (like benchmarks/fuzz.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
games="${1:-1000}"
seed="${2:-18}"
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/spark-classpath.txt >/dev/null
# the module openings Spark needs on Java 17 (the pom's spark.opens property)
opens="$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' pom.xml)"
dir=target/benchmarks/batch
rm -rf "$dir" && mkdir -p "$dir/games"
awk -v n="$games" -v seed="$seed" -v dir="$dir/games" 'BEGIN {
    srand(seed)
    for (i = 0; i < n; i++) {
        f = sprintf("%s/r%04d.nfg", dir, i)
        printf "NFG 1 R \"random 2x2 %d\" { \"1\" \"2\" } { 2 2 }\n\n", i > f
        line = ""
        for (k = 0; k < 8; k++) line = line (k ? " " : "") int(rand() * 100)
        print line > f
        close(f)
    }
}'
echo "start: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); uptime: $(uptime)"
run() { # name, then the java arguments
    local name="$1"; shift
    local t0 t1
    t0=$(date +%s.%N)
    java -Xss8m -Xmx4g "$@" >"$dir/$name.out" 2>"$dir/$name.err" || true
    t1=$(date +%s.%N)
    echo "$name $(echo "$t1 - $t0" | bc -l)" >>"$dir/times"
    sed "s/^/  $name: /" "$dir/$name.out"
}
for name in ${ORDER:-threads1 threads2 spark2}; do
    case "$name" in
        threads1) run threads1 -jar target/equicert.jar batch nash "$dir/games" -o "$dir/threads1" --threads 1 ;;
        threads2) run threads2 -jar target/equicert.jar batch nash "$dir/games" -o "$dir/threads2" --threads 2 ;;
        # shellcheck disable=SC2086
        spark2) run spark2 $opens -cp "target/equicert.jar:$(cat target/spark-classpath.txt)" org.equicert.cli.Main \
            batch nash "$dir/games" -o "$dir/spark2" --spark 'local[2]' --recheck none ;;
        *) echo "ORDER: unknown run '$name' (use threads1, threads2, spark2)" >&2; exit 2 ;;
    esac
done
echo "end:   $(date -u '+%Y-%m-%d %H:%M:%S UTC'); uptime: $(uptime)"
awk -v n="$games" '{ t[$1] = $2 } END {
    printf "games: %d (random 2x2, batch nash, certificates written and checked in process)\n", n
    for (k in t) printf "  %-9s %8.1f s  %7.2f games/s\n", k, t[k], n / t[k]
    printf "speed-up of 2 threads over 1:          %.2f\n", t["threads1"] / t["threads2"]
    printf "Spark local[2] time / 2 local threads: %.2f  (overhead %+.0f%%, target <= +20%%)\n", t["spark2"] / t["threads2"], 100 * (t["spark2"] / t["threads2"] - 1)
}' "$dir/times"
for r in threads2 spark2; do
    if cmp -s "$dir/threads1/results.jsonl" "$dir/$r/results.jsonl" && diff -r -q "$dir/threads1/certificates" "$dir/$r/certificates" >/dev/null; then
        echo "results.jsonl and certificates of $r: byte-identical to threads1"
    else
        echo "results of $r DIFFER from threads1"
    fi
done
