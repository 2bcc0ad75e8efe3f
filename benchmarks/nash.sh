#!/usr/bin/env bash
# All extreme Nash equilibria of fixed-seed random n×n bimatrix games (integer payoffs 0..99):
# `equicert nash` (certified, and --no-certify) beside lrsnash on the same games in the same run.
# Prints CPU seconds (user+sys), wall seconds and peak RSS of each whole process, the ratios
# equicert/lrsnash, and checks that the sets of extreme equilibria are identical. "in-process" is
# the process CPU (all threads, JIT and GC included) of the exact enumeration alone
# (TwoPlayerEnumeration.solve; start-up, reading and output excluded), measured by
# benchmarks/NashInProcess.java in one fresh JVM: "cold" is its first solve, process CPU of all
# threads (JIT warm-up included: what a single CLI run pays); "warm" the median CPU of the solving
# thread over the next --warm solves after --warmup solves that are not counted (steady state, as
# JMH-style harnesses measure; the thread's clock has nanosecond resolution, the process's 10 ms).
#
# Usage: benchmarks/nash.sh [--sizes "10 12 15"] [--seeds "1 2 3"] [--with-20] [--warmup 5] [--warm 5]
#   --with-20   also 20×20 seed 1, --no-certify only, without warm solves (lrsnash alone needs minutes there)
#   --warmup W  uncounted solves before the warm ones (default 5); --warm K  warm solves, median (default 5; 0 = none)
#   JAVA_OPTS   JVM options for the `java -jar` runs; default: the launcher's (-XX:-UsePerfData -Xss8m -XX:+UseSerialGC)
# "launcher" is `./equicert nash --no-certify --json` as a user runs it: with its start-up cache (an AOT
# cache when JAVA_HOME or PATH has a Java 24 or later, else the JDK 17 AppCDS archive) and lazy subcommands.
# Needs bash, java, lrsnash (Debian package lrslib) and GNU /usr/bin/time; builds the jar if missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes="10 12 15"
seeds="1 2 3"
with20=0
warmup=5
warm=5
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --seeds) seeds="$2"; shift 2 ;;
    --with-20) with20=1; shift ;;
    --warmup) warmup="$2"; shift 2 ;;
    --warm) warm="$2"; shift 2 ;;
    *) echo "nash.sh: unknown option $1 (use --sizes, --seeds, --with-20, --warmup, --warm)" >&2; exit 2 ;;
  esac
done
command -v lrsnash >/dev/null || { echo "nash.sh: lrsnash not installed (Debian package lrslib)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "nash.sh: GNU time (/usr/bin/time) not installed" >&2; exit 2; }
jar="$root/target/equicert.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package)
out="$root/target/benchmarks/nash"
rm -rf "$out"
mkdir -p "$out"

# game N SEED BASE: writes BASE.nfg (Gambit) and BASE.lrs (lrsnash); payoffs from a 64-bit LCG
game() {
  local n=$1 seed=$2 base=$3 x k i j
  local -a a b row pay
  x=$((seed * 2654435761 + n))
  for ((k = 0; k < 2 * n * n; k++)); do
    x=$((x * 6364136223846793005 + 1442695040888963407))
    if ((k < n * n)); then a[k]=$((((x >> 33) & 0x7fffffff) % 100)); else b[k - n * n]=$((((x >> 33) & 0x7fffffff) % 100)); fi
  done
  {
    echo "$n $n"; echo
    for ((i = 0; i < n; i++)); do row=(); for ((j = 0; j < n; j++)); do row+=("${a[i * n + j]}"); done; echo "${row[*]}"; done
    echo
    for ((i = 0; i < n; i++)); do row=(); for ((j = 0; j < n; j++)); do row+=("${b[i * n + j]}"); done; echo "${row[*]}"; done
  } >"$base.lrs"
  pay=()
  for ((j = 0; j < n; j++)); do for ((i = 0; i < n; i++)); do pay+=("${a[i * n + j]}" "${b[i * n + j]}"); done; done
  printf 'NFG 1 R "random %dx%d seed %d" { "Row" "Column" } { %d %d }\n\n%s\n' "$n" "$n" "$seed" "$n" "$n" "${pay[*]}" >"$base.nfg"
}

# measure NAME CMD...: runs CMD with stdout to $out/NAME.out; sets cpu, wall, rss (MiB)
measure() {
  local name=$1; shift
  /usr/bin/time -o "$out/$name.time" -f "%U %S %e %M" "$@" >"$out/$name.out" 2>"$out/$name.err" || {
    echo "nash.sh: $name failed:" >&2; tail -5 "$out/$name.err" >&2; exit 1; }
  read -r user sys wall rss <"$out/$name.time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  rss=$((rss / 1024))
}

# the extreme equilibria, one "x1,..;y1,.." per line, sorted
lrs_set() {
  awk '/^2 / { y = ""; for (k = 2; k < NF; k++) y = y (k > 2 ? "," : "") $k; next }
       /^1 / { x = ""; for (k = 2; k < NF; k++) x = x (k > 2 ? "," : "") $k; print x ";" y }' "$1" | sort
}
equicert_set() {
  grep '"profile"' "$1" | sed 's/.*"profile" : \[ \[ //; s/ \] \],\{0,1\} *$//; s/ \], \[ /;/; s/[" ]//g' | sort
}

# median of a column of numbers on stdin ("-" when there are none)
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else printf "%.3f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b <= 0) print "-"; else printf "%.1f", a / b }'; }

# the java the launcher runs (the first of JAVA_HOME, PATH with version 24 or later, else PATH's)
launcher_java() {
  local c home v
  for c in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java)"; do
    [ -x "$c" ] || continue
    home="$(dirname "$(dirname "$(readlink -f "$c")")")"
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null | head -1)"
    if [ -n "$v" ] && [ "$v" -ge 24 ]; then echo "$c (version $v, AOT cache)"; return; fi
  done
  echo "$(command -v java) (AppCDS archive)"
}
# the launcher builds its start-up cache on its first run after a build; not counted
"$root/equicert" --version >/dev/null

list=()
for n in $sizes; do for s in $seeds; do list+=("$n:$s"); done; done
[ "$with20" = 1 ] && list+=("20:1")

echo "# benchmarks/nash.sh, $(date -u +%Y-%m-%dT%H:%MZ), uptime:$(uptime | sed 's/.*up/ up/')"
JAVA_OPTS="${JAVA_OPTS--XX:-UsePerfData -Xss8m -XX:+UseSerialGC}"
echo "# $(java -version 2>&1 | head -1); JAVA_OPTS='${JAVA_OPTS}'; launcher's java: $(launcher_java)"
echo "| game | eq | lrsnash cpu s | wall s | MiB | in-process cold cpu s | cold × | in-process warm cpu s | warm × | launcher --no-certify cpu s | cpu × | equicert --no-certify cpu s | wall s | MiB | cpu × | MiB × | equicert certified cpu s | wall s | MiB | cpu × | MiB × | sets agree |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
disagree=0
for gs in "${list[@]}"; do
  n=${gs%%:*}; s=${gs##*:}; g="g${n}x${n}s$s"
  game "$n" "$s" "$out/$g"
  measure "$g.lrsnash" lrsnash "$out/$g.lrs"
  l_cpu=$cpu; l_wall=$wall; l_rss=$rss
  # shellcheck disable=SC2086
  measure "$g.nocert" java ${JAVA_OPTS:-} -jar "$jar" nash --no-certify --json "$out/$g.nfg"
  n_cpu=$cpu; n_wall=$wall; n_rss=$rss
  measure "$g.launcher" "$root/equicert" nash --no-certify --json "$out/$g.nfg"
  u_cpu=$cpu
  runs=$((1 + warmup + warm))
  [ "$n" -ge 20 ] && runs=1
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -cp "$jar" "$root/benchmarks/NashInProcess.java" "$out/$g.nfg" "$runs" >"$out/$g.inprocess" 2>&1 || {
    echo "nash.sh: in-process run failed:" >&2; tail -5 "$out/$g.inprocess" >&2; exit 1; }
  i_cpu=$(awk 'NR == 1 { printf "%.2f", $1 }' "$out/$g.inprocess")
  w_cpu=$(awk -v from=$((2 + warmup)) 'NR >= from { print $2 }' "$out/$g.inprocess" | median)
  c_cpu=-; c_wall=-; c_rss=-
  if [ "$n" -lt 20 ]; then
    # shellcheck disable=SC2086
    measure "$g.cert" java ${JAVA_OPTS:-} -jar "$jar" nash --json --out "$out/$g.certificates" "$out/$g.nfg"
    c_cpu=$cpu; c_wall=$wall; c_rss=$rss
  fi
  lrs_set "$out/$g.lrsnash.out" >"$out/$g.lrsnash.set"
  equicert_set "$out/$g.nocert.out" >"$out/$g.nocert.set"
  if ! cmp -s "$out/$g.nocert.out" "$out/$g.launcher.out"; then
    echo "nash.sh: the launcher's output differs from java -jar's on $g" >&2; disagree=1
  fi
  eqs=$(wc -l <"$out/$g.lrsnash.set")
  agree=yes
  if ! cmp -s "$out/$g.lrsnash.set" "$out/$g.nocert.set"; then
    agree="NO (see $out/$g.*.set)"; disagree=1
  fi
  if [ "$n" -lt 20 ]; then
    equicert_set "$out/$g.cert.out" >"$out/$g.cert.set"
    if ! cmp -s "$out/$g.lrsnash.set" "$out/$g.cert.set"; then
      agree="NO (see $out/$g.*.set)"; disagree=1
    fi
    certs=$(grep -o '"[^"]*\.smt2"' "$out/$g.cert.out" | sort -u | wc -l)
    if [ "$certs" -ne $((eqs + 1)) ] || ! grep -q '"complete" : true' "$out/$g.cert.out"; then
      agree="$agree; NOT CERTIFIED"; disagree=1
    fi
  fi
  echo "| ${n}×${n} seed $s | $eqs | $l_cpu | $l_wall | $l_rss | $i_cpu | $(ratio "$i_cpu" "$l_cpu") | $w_cpu | $(ratio "$w_cpu" "$l_cpu") | $u_cpu | $(ratio "$u_cpu" "$l_cpu") | $n_cpu | $n_wall | $n_rss | $(ratio "$n_cpu" "$l_cpu") | $(ratio "$n_rss" "$l_rss") | $c_cpu | $c_wall | $c_rss | $(ratio "$c_cpu" "$l_cpu") | $(ratio "$c_rss" "$l_rss") | $agree |"
done
echo "# × = equicert / lrsnash CPU, lrsnash as a whole process; equicert's whole processes include JVM start-up;"
echo "# in-process cold = first solve in a fresh JVM (process CPU); warm = median CPU of the solving thread over $warm solves after $warmup uncounted ones (one JVM)"
exit "$disagree"
