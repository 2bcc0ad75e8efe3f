#!/usr/bin/env bash
# Seed 000 benchmarks: exact stationary distributions (equicert) beside scipy (float) and sympy (exact)
# solves of the same chains, measured in this run; prints seconds and ratios.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/equicert" --version >/dev/null
out="$root/target/benchmarks"
mkdir -p "$out/games"
rm -f "$out"/games/*.txt
javac -d "$out" -cp "$root/target/equicert.jar" "$root/benchmarks/src/DynamicsBenchmark.java"
java -Xmx8g -cp "$out:$root/target/equicert.jar" DynamicsBenchmark "$out/games" | tee "$out/java.csv"
python3 "$root/benchmarks/peers.py" "$out/games" "${SYMPY_LIMIT:-100}" | tee "$out/peers.csv"
python3 - "$out/java.csv" "$out/peers.csv" <<'PY'
import sys
java = dict(l.rsplit(',', 1) for l in open(sys.argv[1]) if ',' in l)
peers = dict(l.rsplit(',', 1) for l in open(sys.argv[2]) if ',' in l)
print("\nratios (peer seconds / equicert seconds; > 1 means equicert is faster):")
for key, t in java.items():
    base = key.split(' ')[0]
    for pk, pt in peers.items():
        if pk.split(' ')[0] == base:
            print(f"  {key} vs {pk}: {float(pt) / max(float(t), 1e-9):.2f}")
PY
