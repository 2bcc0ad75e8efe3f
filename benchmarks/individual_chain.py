"""Helpers for benchmarks/dynamics.sh (issue 15): writes a random general (non-common-payoff) game
and solves seed 000's individual-utility chain of a Gambit .nfg exactly with sympy's sparse RREF over QQ.

  python3 individual_chain.py generate PLAYERS ACTIONS SEED FILE   # payoffs 0..3 per player, seeded
  python3 individual_chain.py sympy FILE BASE                      # prints seconds and the sha256 of pi as n/d text joined by ','
"""
import random, sys, time
from fractions import Fraction


def generate(players, actions, seed, path):
    rng = random.Random(seed)
    profiles = actions ** players
    with open(path, 'w') as f:
        names = ' '.join(f'"{i + 1}"' for i in range(players))
        f.write(f'NFG 1 R "random individual {players}x{actions} seed {seed}" {{ {names} }}\n\n{{ ')
        f.write('\n'.join('{ ' + ' '.join(f'"a{j}"' for j in range(actions)) + ' }' for _ in range(players)))
        f.write('\n}\n""\n\n')
        f.write(' '.join(str(rng.randint(0, 3)) for _ in range(profiles * players)) + '\n')


def read(path):
    text = open(path).read()
    header, _, rest = text.partition('""')
    import re
    blocks = re.findall(r'\{([^{}]*)\}', header.split('}', 1)[1])
    actions = [len(re.findall(r'"[^"]*"', b)) for b in blocks]
    nums = [Fraction(x) for x in rest.split()]
    n = len(actions)
    profiles = 1
    for a in actions:
        profiles *= a
    pay = [[nums[k * n + i] for k in range(profiles)] for i in range(n)]
    return actions, pay


def chain(actions, pay, base):
    """Row-sparse P as dict-of-dicts of Fractions (the same chain equicert builds)."""
    n = len(actions)
    profiles = len(pay[0])
    umin = [min(p) for p in pay]
    scale = 1
    from math import lcm
    for i in range(n):
        for x in pay[i]:
            scale = lcm(scale, (x - umin[i]).denominator)
    stride = [1] * n
    for i in range(1, n):
        stride[i] = stride[i - 1] * actions[i - 1]
    rows = []
    for k in range(profiles):
        row = {}
        leave = Fraction(0)
        for i in range(n):
            a = (k // stride[i]) % actions[i]
            e = int((pay[i][k] - umin[i]) * scale)
            t = Fraction(1, 1) / (base ** e) / (n * actions[i])
            for b in range(actions[i]):
                if b != a:
                    row[k + (b - a) * stride[i]] = t
                    leave += t
        if leave < 1:
            row[k] = 1 - leave
        rows.append(row)
    return rows


def sympy_solve(path, base):
    from sympy import QQ
    from sympy.polys.matrices import DomainMatrix
    actions, pay = read(path)
    rows = chain(actions, pay, Fraction(base))
    size = len(rows)
    t0 = time.perf_counter()
    # (P^T - I | 0) with the last equation replaced by sum(pi) = 1, augmented with the right-hand side
    eq = {j: {} for j in range(size)}
    for i, row in enumerate(rows):
        for j, p in row.items():
            eq[j][i] = eq[j].get(i, Fraction(0)) + p
    for j in range(size):
        eq[j][j] = eq[j].get(j, Fraction(0)) - 1
    eq[size - 1] = {i: Fraction(1) for i in range(size)}
    eq[size - 1][size] = Fraction(1)
    sdm = {r: {c: QQ(v.numerator, v.denominator) for c, v in cols.items() if v != 0} for r, cols in eq.items()}
    M = DomainMatrix(sdm, (size, size + 1), QQ)
    R, pivots = M.rref()
    pi = [R.to_sdm().get(r, {}).get(size, QQ(0)) for r in range(size)]
    seconds = time.perf_counter() - t0
    total = sum(pi, QQ(0))
    assert total == 1, total
    import hashlib
    text = ",".join(str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}" for x in pi)
    print(f"{seconds:.3f} s rref, sha256 of pi {hashlib.sha256(text.encode()).hexdigest()}")


if __name__ == '__main__':
    if sys.argv[1] == 'generate':
        generate(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    else:
        sympy_solve(sys.argv[2], sys.argv[3])
