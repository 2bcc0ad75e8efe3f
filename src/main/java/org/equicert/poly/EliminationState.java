package org.equicert.poly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * One branch of {@link SemialgebraicSolver}'s elimination: the remaining conditions
 * {equations = 0, positive &gt; 0, nonnegative ≥ 0} over [0,1]^k and the substitutions
 * x_v = numerator/denominator made so far (later ones in terms of earlier free unknowns). Gives
 * the simplification and substitution steps and maps points and boxes of the free unknowns back
 * to all k unknowns. Each step costs one pass over the conditions (a substitution: one
 * polynomial substitution per condition).
 *
 * <p>Reference: as {@link SemialgebraicSolver}.
 *
 * @param equations the equations f = 0
 * @param positive the strict conditions p &gt; 0
 * @param nonnegative the conditions q ≥ 0
 * @param substitutions the eliminations made, in order
 */
record EliminationState(List<MultivariatePolynomial> equations, List<MultivariatePolynomial> positive,
        List<MultivariatePolynomial> nonnegative, List<EliminationState.Substitution> substitutions) {

    /** Defensive copies. */
    EliminationState {
        equations = List.copyOf(equations);
        positive = List.copyOf(positive);
        nonnegative = List.copyOf(nonnegative);
        substitutions = List.copyOf(substitutions);
    }

    /** The elimination x_variable = numerator / denominator. */
    record Substitution(int variable, MultivariatePolynomial numerator, MultivariatePolynomial denominator) {
    }

    /** Drops decided constants and normalises; empty when a constant condition fails (the branch is empty). */
    Optional<EliminationState> simplify(int k) {
        RationalInterval[] cube = new RationalInterval[k];
        Arrays.fill(cube, new RationalInterval(Rational.ZERO, Rational.ONE));
        List<MultivariatePolynomial> eqs = new ArrayList<>();
        for (MultivariatePolynomial f : equations()) {
            if (f.isZero()) {
                continue;
            }
            if (f.isConstant()) {
                return Optional.empty();
            }
            RationalInterval range = BoxSolver.evaluate(f, cube);
            if (range.lower().signum() > 0 || range.upper().signum() < 0) {
                return Optional.empty();
            }
            MultivariatePolynomial g = f.monic();
            if (!eqs.contains(g)) {
                eqs.add(g);
            }
        }
        List<MultivariatePolynomial> pos = new ArrayList<>();
        for (MultivariatePolynomial p : positive()) {
            if (p.isConstant()) {
                if (p.constantTerm().signum() <= 0) {
                    return Optional.empty();
                }
                continue;
            }
            if (BoxSolver.evaluate(p, cube).upper().signum() <= 0) {
                return Optional.empty();
            }
            if (!pos.contains(p)) {
                pos.add(p);
            }
        }
        List<MultivariatePolynomial> nonneg = new ArrayList<>();
        for (MultivariatePolynomial q : nonnegative()) {
            if (q.isConstant()) {
                if (q.constantTerm().signum() < 0) {
                    return Optional.empty();
                }
                continue;
            }
            if (BoxSolver.evaluate(q, cube).upper().signum() < 0) {
                return Optional.empty();
            }
            if (!nonneg.contains(q)) {
                nonneg.add(q);
            }
        }
        return Optional.of(new EliminationState(eqs, pos, nonneg, substitutions()));
    }

    /**
     * Eliminates x_v = num/den from every condition but {@code used}; every condition is multiplied
     * by den^d, and den &gt; 0 is added, so signs are preserved on this branch.
     */
    EliminationState substitute(int k, MultivariatePolynomial used, int v, MultivariatePolynomial num,
            MultivariatePolynomial den) {
        List<MultivariatePolynomial> eqs = new ArrayList<>();
        for (MultivariatePolynomial f : equations()) {
            if (f != used) {
                eqs.add(f.substitute(v, num, den));
            }
        }
        List<MultivariatePolynomial> pos = new ArrayList<>();
        for (MultivariatePolynomial p : positive()) {
            pos.add(p.substitute(v, num, den));
        }
        List<MultivariatePolynomial> nonneg = new ArrayList<>();
        for (MultivariatePolynomial q : nonnegative()) {
            nonneg.add(q.substitute(v, num, den));
        }
        if (!den.isConstant()) {
            pos.add(den);
            MultivariatePolynomial ratio = num.monic();
            if (!num.isZero() && ratio.equals(den.monic())) {
                // num = c·den: the value is the constant c
                Rational c = num.terms().values().iterator().next().divide(den.terms().get(num.terms().keySet().iterator().next()));
                num = MultivariatePolynomial.constant(k, c);
                den = MultivariatePolynomial.constant(k, Rational.ONE);
            }
        }
        List<Substitution> subs = new ArrayList<>(substitutions());
        subs.add(new Substitution(v, num, den));
        return new EliminationState(eqs, pos, nonneg, subs);
    }

    /** The unknowns not eliminated, increasing. */
    List<Integer> freeVariables(int k) {
        boolean[] eliminated = new boolean[k];
        for (Substitution sub : substitutions()) {
            eliminated[sub.variable()] = true;
        }
        List<Integer> free = new ArrayList<>();
        for (int v = 0; v < k; v++) {
            if (!eliminated[v]) {
                free.add(v);
            }
        }
        return free;
    }

    /** Whether every substitution is affine with a constant denominator. */
    boolean affine() {
        for (Substitution sub : substitutions()) {
            if (!sub.denominator().isConstant() || sub.numerator().degree() > 1) {
                return false;
            }
        }
        return true;
    }

    /** The full point from values of the free unknowns (the others ignored), by the substitutions in reverse. */
    Rational[] backSubstitute(Rational[] free) {
        Rational[] z = free.clone();
        for (int i = substitutions().size() - 1; i >= 0; i--) {
            Substitution sub = substitutions().get(i);
            z[sub.variable()] = sub.numerator().evaluate(z).divide(sub.denominator().evaluate(z));
        }
        return z;
    }

    /** The back-substituted point when every denominator is nonzero at it. */
    Optional<Rational[]> defined(Rational[] free) {
        Rational[] z = free.clone();
        for (int i = substitutions().size() - 1; i >= 0; i--) {
            Substitution sub = substitutions().get(i);
            Rational d = sub.denominator().evaluate(z);
            if (d.isZero()) {
                return Optional.empty();
            }
            z[sub.variable()] = sub.numerator().evaluate(z).divide(d);
        }
        return Optional.of(z);
    }

    /** Whether every condition holds exactly at z. */
    boolean holdsExactly(Rational[] z) {
        for (MultivariatePolynomial e : equations()) {
            if (!e.evaluate(z).isZero()) {
                return false;
            }
        }
        for (MultivariatePolynomial p : positive()) {
            if (p.evaluate(z).signum() <= 0) {
                return false;
            }
        }
        for (MultivariatePolynomial q : nonnegative()) {
            if (q.evaluate(z).signum() < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether every sign condition holds strictly at z. */
    boolean strictlyInside(Rational[] z) {
        for (MultivariatePolynomial p : positive()) {
            if (p.evaluate(z).signum() <= 0) {
                return false;
            }
        }
        for (MultivariatePolynomial q : nonnegative()) {
            if (q.evaluate(z).signum() <= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Encloses the eliminated unknowns of a box of the free unknowns (changed in place), by
     * interval evaluation of the substitutions in reverse; false when a denominator's enclosure
     * contains zero.
     */
    boolean enclose(RationalInterval[] box) {
        for (int i = substitutions().size() - 1; i >= 0; i--) {
            Substitution sub = substitutions().get(i);
            RationalInterval d = BoxSolver.evaluate(sub.denominator(), box);
            if (d.lower().signum() <= 0 && d.upper().signum() >= 0) {
                return false;
            }
            box[sub.variable()] = divide(BoxSolver.evaluate(sub.numerator(), box), d);
        }
        return true;
    }

    /** Point intervals around z. */
    static RationalInterval[] points(Rational[] z) {
        RationalInterval[] box = new RationalInterval[z.length];
        for (int v = 0; v < z.length; v++) {
            box[v] = RationalInterval.point(z[v]);
        }
        return box;
    }

    private static RationalInterval divide(RationalInterval n, RationalInterval d) {
        RationalInterval inv = new RationalInterval(d.upper().reciprocal(), d.lower().reciprocal());
        return n.multiply(inv).roundOutward(BoxSolver.BITS);
    }
}
