/**
 * Seed 002, finite setting of Theorem 2: oracle games with piecewise-linear strategy maps and
 * best responders ({@link org.equicert.oracle.OracleGame}), the dependency poset, the exact
 * equilibrium set as a union of polytopes ({@link org.equicert.oracle.FixedPoints}) and the
 * stratified Pareto optima ({@link org.equicert.oracle.StratifiedPareto}). Depends on
 * {@code number}, {@code linalg}, {@code input} and {@code game.io}; no floating point.
 */
package org.equicert.oracle;
