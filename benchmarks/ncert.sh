#!/usr/bin/env bash
# Issue 16 item 3: completeness certificates for n players. For every Gambit corpus game with three
# or more players, runs `equicert nash FILE --json --timeout T` with certificates and with
# --no-certify, and prints: excluded support profiles, how many have a linear (Farkas) certificate
# (and how many of those are of the joint relaxation), how many are excluded by exact algebra only,
# wall seconds with and without certificates, the size of the nash-support-exclusion certificate,
# its natural statement and its proof, and whether completeness is certified.
#
# Usage: benchmarks/ncert.sh [--timeout SECONDS] [--corpus DIR]
# Needs bash, java, python3 and GNU /usr/bin/time; builds the jar if missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
timeout=60
corpus="$root/../shared/corpus/gambit"
while [ $# -gt 0 ]; do
  case "$1" in
    --timeout) timeout="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    *) echo "ncert.sh: unknown option $1 (use --timeout, --corpus)" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "ncert.sh: GNU time (/usr/bin/time) not installed" >&2; exit 2; }
jar="$root/target/equicert.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package)
out="$root/target/benchmarks/ncert"
rm -rf "$out"
mkdir -p "$out"
echo "# benchmarks/ncert.sh, $(date -u +%Y-%m-%dT%H:%MZ), uptime: $(uptime)"
echo "# $(java -version 2>&1 | head -1); timeout ${timeout} s"
printf '%-40s %-10s %8s %8s %6s %6s %7s %7s %9s %9s %9s %s\n' game shape excluded linear joint algebr wall_nc wall_c cert_B nra_B proof_B complete
while IFS= read -r f; do
  shape=$(java -jar "$jar" info "$f" --json 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("x".join(str(len(p["actions"])) for p in d["players"]))' 2>/dev/null || echo "?")
  players=$(echo "$shape" | awk -F x '{print NF}')
  [ "$players" -ge 3 ] 2>/dev/null || continue
  name=${f#"$corpus"/}
  base="$out/$(echo "$name" | tr '/' '_')"
  stem=$(basename "$f" .nfg)
  set +e
  /usr/bin/time -o "$base.nc.time" -f "%e" java -jar "$jar" nash "$f" --no-certify --json --timeout "$timeout" >"$base.nc.json" 2>/dev/null
  /usr/bin/time -o "$base.c.time" -f "%e" java -jar "$jar" nash "$f" --out "$base.dir" --json --timeout "$timeout" >"$base.c.json" 2>/dev/null
  rc=$?
  set -e
  size() { [ -f "$1" ] && stat -c %s "$1" || echo "-"; }
  read -r excluded linear joint algebraic complete < <(python3 - "$base.c.json" 2>/dev/null <<'PY' || echo "- - - - timeout"
import json, sys
d = json.load(open(sys.argv[1]))
c = d["coverage"]
print(c["excluded"], c["linear"], c["joint"], c["algebraic"], "certified" if c["completeCertified"] else ("decided" if d["complete"] else "no"))
PY
)
  printf '%-40s %-10s %8s %8s %6s %6s %7s %7s %9s %9s %9s %s\n' "$name" "$shape" "$excluded" "$linear" "$joint" "$algebraic" "$(tail -1 "$base.nc.time")" \
    "$(tail -1 "$base.c.time")" "$(size "$base.dir/certificates/$stem-excluded.smt2")" "$(size "$base.dir/certificates/$stem-excluded.nra.smt2")" \
    "$(size "$base.dir/proofs/$stem-excluded.proof")" "$complete (exit $rc)"
done < <(find "$corpus" -name '*.nfg' | sort)
