#!/usr/bin/env bash
# Issue 15: exact stationary distributions of non-reversible chains (dynamics --individual) beside
# sympy's sparse RREF over QQ (DomainMatrix.rref) on the same chain, in the same run.
# Games: N players x 3 actions, payoffs 0..3 per player (seeded), base b = 2.
#   benchmarks/dynamics.sh [PLAYERS...]        default: 6 7 8 (729, 2187, 6561 profiles)
# Env: SYMPY_CPU (CPU seconds, default 600): sympy runs using more CPU than this are stopped (ulimit -t),
# so the lower bound they give does not depend on the machine's load; SYMPY_TIMEOUT (wall s, default
# 3600): a second, wall-clock stop. SKIP_SYMPY=1 runs equicert only. A stopped sympy run is reported as a
# lower bound. CPU seconds (user+sys) and peak RSS of whole processes are measured by /usr/bin/time.
# The softmax / reversible benchmarks of issue 4 are benchmarks/dynamics-softmax.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/equicert.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package)
out="$root/target/benchmarks/dynamics"
mkdir -p "$out"
players=("$@")
[ ${#players[@]} -gt 0 ] || players=(6 7 8)
echo "# benchmarks/dynamics.sh, $(date -u +%Y-%m-%dT%H:%MZ), uptime: $(uptime)"
echo "# $(java -version 2>&1 | head -1); sympy $(python3 -c 'import sympy; print(sympy.__version__)')"
echo "| profiles | equicert cpu s | wall s | MiB | certified | sympy rref cpu s | wall s | MiB | sympy / equicert (cpu) |"
echo "| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |"
for n in "${players[@]}"; do
  game="$out/individual-$n.nfg"
  python3 "$root/benchmarks/individual_chain.py" generate "$n" 3 1 "$game"
  rm -rf "$out/cert-$n"
  /usr/bin/time -f "%U %S %e %M" -o "$out/time-eq-$n" \
    java -Xmx4g -jar "$jar" dynamics "$game" --base 2 --individual --json --out "$out/cert-$n" > "$out/equicert-$n.json" && rc=0 || rc=$?
  read -r u s e m < <(tail -1 "$out/time-eq-$n")
  eq_cpu=$(python3 -c "print(f'{$u + $s:.2f}')")
  certified=$([ "$rc" = 0 ] && echo "yes (exit 0)" || echo "no (exit $rc)")
  if [ "${SKIP_SYMPY:-0}" = 1 ]; then
    echo "| 3^$n = $((3 ** n)) | $eq_cpu | $e | $((m / 1024)) | $certified | (not run) | | | |"
    continue
  fi
  st=0
  /usr/bin/time -f "%U %S %e %M" -o "$out/time-sympy-$n" \
    bash -c 'ulimit -t "$1"; shift; exec "$@"' _ "${SYMPY_CPU:-600}" \
    timeout "${SYMPY_TIMEOUT:-3600}" python3 "$root/benchmarks/individual_chain.py" sympy "$game" 2 > "$out/sympy-$n.txt" || st=$?
  read -r su ss se sm < <(tail -1 "$out/time-sympy-$n")
  sy_cpu=$(python3 -c "print(f'{$su + $ss:.2f}')")
  prefix=""
  [ "$st" = 0 ] || prefix=">"
  ratio=$(python3 -c "print(f'$prefix{($su + $ss) / max($u + $s, 1e-9):.1f}')")
  # the two exact answers must agree: compare digests of the whole distribution
  agree=""
  if [ "$st" = 0 ]; then
    python3 - "$out/equicert-$n.json" "$out/sympy-$n.txt" <<'PY' && agree=", pi equal" || agree=", pi DIFFERS"
import hashlib, json, sys
pi = json.load(open(sys.argv[1]))["closedClasses"][0]["distribution"]
digest = hashlib.sha256(",".join(pi).encode()).hexdigest()
sys.exit(0 if digest in open(sys.argv[2]).read() else 1)
PY
  fi
  echo "| 3^$n = $((3 ** n)) | $eq_cpu | $e | $((m / 1024)) | $certified | $prefix$sy_cpu | $se | $((sm / 1024)) | $ratio$agree |"
done
echo "# after: $(uptime)"
