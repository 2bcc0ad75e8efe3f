#!/usr/bin/env bash
# Issue 16: every Gambit corpus game with three or more players, `equicert nash FILE --no-certify
# --timeout T` (default 60 s). Prints per game: players x actions, wall and CPU seconds, exit code,
# `complete` (yes / no / timeout) and the number of undecided support profiles.
#
# Usage: benchmarks/nplayer.sh [--timeout SECONDS] [--corpus DIR]
# Needs bash, java and GNU /usr/bin/time; builds the jar if missing. Games are found by reading the
# player list of each *.nfg (equicert info --json), so new corpus files are picked up.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
timeout=60
corpus="$root/../shared/corpus/gambit"
while [ $# -gt 0 ]; do
  case "$1" in
    --timeout) timeout="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    *) echo "nplayer.sh: unknown option $1 (use --timeout, --corpus)" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "nplayer.sh: GNU time (/usr/bin/time) not installed" >&2; exit 2; }
jar="$root/target/equicert.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package)
out="$root/target/benchmarks/nplayer"
rm -rf "$out"
mkdir -p "$out"
echo "# benchmarks/nplayer.sh, $(date -u +%Y-%m-%dT%H:%MZ), uptime: $(uptime)"
echo "# $(java -version 2>&1 | head -1); timeout ${timeout} s"
printf '%-62s %-10s %7s %7s %4s %-8s %s\n' game shape wall_s cpu_s exit complete undecided
total=0; done_ok=0
while IFS= read -r f; do
  shape=$(java -jar "$jar" info "$f" --json 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("x".join(str(len(p["actions"])) for p in d["players"]))' 2>/dev/null || echo "?")
  players=$(echo "$shape" | awk -F x '{print NF}')
  [ "$players" -ge 3 ] 2>/dev/null || continue
  name=${f#"$corpus"/}
  base="$out/$(echo "$name" | tr '/' '_')"
  set +e
  /usr/bin/time -o "$base.time" -f "%U %S %e" java -jar "$jar" nash "$f" --no-certify --timeout "$timeout" >"$base.out" 2>"$base.err"
  rc=$?
  set -e
  read -r user sys wall < <(tail -1 "$base.time") || true
  cpu=$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.1f", u + s }')
  if grep -q '^complete: *every support profile was decided' "$base.out"; then complete=yes; done_ok=$((done_ok + 1))
  elif [ "$rc" = 3 ]; then complete=timeout
  else complete=no; fi
  undecided=$(grep -c '^UNRESOLVED' "$base.out" || true)
  printf '%-62s %-10s %7s %7s %4s %-8s %s\n' "$name" "$shape" "$wall" "$cpu" "$rc" "$complete" "$undecided"
  total=$((total + 1))
done < <(find "$corpus" -name '*.nfg' | sort)
echo "# $done_ok of $total games complete within ${timeout} s; outputs in $out"
echo "# finished $(date -u +%Y-%m-%dT%H:%MZ), uptime: $(uptime)"
