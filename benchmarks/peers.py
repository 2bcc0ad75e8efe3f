"""Peers for benchmarks/dynamics.sh: float (numpy/scipy) and exact (sympy) stationary solves of the
same seed-000 chains, rebuilt from the payoff files DynamicsBenchmark wrote. Prints name,seconds."""
import sys, time, os, signal

def _timeout(signum, frame):
    raise TimeoutError()

signal.signal(signal.SIGALRM, _timeout)
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spla

def read(path):
    with open(path) as f:
        n, m = map(int, f.readline().split())
        pay = [list(map(float, f.readline().split())) for _ in range(n)]
    return n, m, np.array(pay)

def chain(n, m, pay, b, individual):
    size = m ** n
    umin = pay.min(axis=1)
    rows, cols, vals = [], [], []
    idx = np.arange(size)
    stay = np.ones(size)
    stride = 1
    for i in range(n):
        p = pay[i] if individual else pay[0]
        um = umin[i] if individual else umin[0]
        t = b ** (um - p) / (n * m)
        a = (idx // stride) % m
        for c in range(m):
            mask = a != c
            src = idx[mask]
            dst = src + (c - a[mask]) * stride
            rows.append(src); cols.append(dst); vals.append(t[mask])
            stay[mask] -= t[mask]
        stride *= m
    rows.append(idx); cols.append(idx); vals.append(stay)
    return sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(size, size))

def float_solve(P):
    """Iterative solve (BiCGSTAB) of the reduced system (P^T - I) pi = 0 with pi_0 = 1, then normalised.
    A direct sparse LU of these lattice-like chains fills in catastrophically (over 10 minutes for 3^10)."""
    size = P.shape[0]
    A = (P.T - sp.identity(size, format='csr')).tocsr()
    B = A[1:, 1:]
    rhs = -A[1:, 0].toarray().ravel()
    x, info = spla.bicgstab(B, rhs, rtol=1e-12, maxiter=200000)
    pi = np.concatenate(([1.0], x))
    pi = pi / pi.sum()
    residual = np.abs(P.T @ pi - pi).sum()
    return pi, info, residual

def sympy_solve(n, m, pay, individual):
    import sympy
    size = m ** n
    P = chain(n, m, pay, 2.0, individual).toarray()
    M = sympy.Matrix(size, size, lambda i, j: sympy.Rational(P[j][i]).limit_denominator(10**12) - (1 if i == j else 0))
    M = M.row_insert(size, sympy.ones(1, size))
    rhs = sympy.zeros(size, 1).col_join(sympy.Matrix([1]))
    return M.solve_least_squares(rhs) if False else M[:size - 1, :].col_join(sympy.ones(1, size)).LUsolve(sympy.zeros(size - 1, 1).col_join(sympy.Matrix([1])))

def main(directory, sympy_limit):
    for name in sorted(os.listdir(directory)):
        if not name.endswith('.txt'):
            continue
        n, m, pay = read(os.path.join(directory, name))
        individual = name.startswith('individual')
        signal.alarm(300)
        try:
            t0 = time.perf_counter()
            P = chain(n, m, pay, 2.0, individual)
            pi, info, residual = float_solve(P)
            print(f"{name[:-4]} scipy float (bicgstab info={info}, residual {residual:.1e}),{time.perf_counter() - t0:.3f}")
        except TimeoutError:
            print(f"{name[:-4]} scipy float (did not finish in 300 s),300.0")
        finally:
            signal.alarm(0)
        if m ** n <= sympy_limit:
            t0 = time.perf_counter()
            sympy_solve(n, m, pay, individual)
            print(f"{name[:-4]} sympy exact,{time.perf_counter() - t0:.3f}")
        sys.stdout.flush()

if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100)
