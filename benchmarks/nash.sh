#!/usr/bin/env bash
# Issue 6 benchmark: all equilibria of seeded random 10x10 and 15x15 bimatrix games, equicert
# (exact, Java) beside lrsnash (exact, C with GMP) on the same games in the same run; prints
# seconds, equilibrium counts (which must agree) and ratios. Usage: nash.sh [count10] [count15]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v lrsnash >/dev/null || { echo "lrsnash not installed (Debian package lrslib); nothing to compare against" >&2; exit 1; }
"$root/equicert" --version >/dev/null
out="$root/target/benchmarks/nash"
mkdir -p "$out"
rm -f "$out"/*.txt
javac -d "$out" -cp "$root/target/equicert.jar" "$root/benchmarks/src/NashBenchmark.java"
java -Xmx4g -cp "$out:$root/target/equicert.jar" NashBenchmark "$out" "10:${1:-5}" "15:${2:-3}" > "$out/java.csv"
echo "game,equicert s,equicert eq,lrsnash s,lrsnash eq,ratio (lrsnash/equicert; > 1: equicert faster)"
total_j=0; total_l=0
while IFS=, read -r label secs eqs; do
  n="${label%%x*}"; seed="${label##* }"
  f="$out/g${n}_${seed}.txt"
  start=$(date +%s.%N)
  lrs_eq=$(lrsnash "$f" 2>/dev/null | sed -n 's/^\*Number of equilibria found: //p')
  end=$(date +%s.%N)
  lsecs=$(echo "$end - $start" | bc -l)
  ratio=$(echo "$lsecs / $secs" | bc -l)
  flag=""; [ "$lrs_eq" = "$eqs" ] || flag="  MISMATCH"
  printf "%s,%.3f,%s,%.3f,%s,%.2f%s\n" "$label" "$secs" "$eqs" "$lsecs" "$lrs_eq" "$ratio" "$flag"
  total_j=$(echo "$total_j + $secs" | bc -l); total_l=$(echo "$total_l + $lsecs" | bc -l)
done < "$out/java.csv"
printf "total,%.3f,,%.3f,,%.2f\n" "$total_j" "$total_l" "$(echo "$total_l / $total_j" | bc -l)"
