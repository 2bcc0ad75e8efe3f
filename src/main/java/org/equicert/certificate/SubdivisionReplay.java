package org.equicert.certificate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.equicert.number.Rational;

/**
 * The checker's replay of a symmetric bound claim: the subdivision tree is replayed on the
 * {@link BernsteinDomain} recomputed from the game, giving each leaf's quantities (each must be
 * ≤ 0 for EU ≤ c on the leaf), and the claim's remaining obligations are checked (the witness is a
 * strategy per orbit earning exactly its stated value, not above the bound).
 *
 * <p>Since the leaves of a subdivision tree cover the domain, all quantities ≤ 0 proves EU ≤ c
 * everywhere (branch and bound with Bernstein enclosures: Garloff, "The Bernstein algorithm",
 * Interval Computations 2 (1993)). The walk is iterative, in preorder (a split's first half, then
 * its second), so the quantities come in the order the certificate numbers them. Cost: one
 * de Casteljau split per inner node plus one bound per leaf (see {@link BernsteinDomain},
 * {@link AnchoredLeafBound}).
 */
final class SubdivisionReplay {

    private SubdivisionReplay() {
    }

    /**
     * The leaf quantities of the tree replayed on the domain, in preorder; on a tree that names an
     * edge or an anchor the domain does not have, the reason is added to {@code failures} and the
     * quantities found so far are returned.
     */
    static List<Rational> leafExcesses(BernsteinDomain d, SubdivisionTree tree, Rational bound, List<String> failures) {
        List<Rational> excess = new ArrayList<>();
        Deque<BernsteinDomain.Piece> pieces = new ArrayDeque<>();
        Deque<SubdivisionTree> nodes = new ArrayDeque<>();
        pieces.push(d.root());
        nodes.push(tree);
        while (!nodes.isEmpty()) {
            BernsteinDomain.Piece piece = pieces.pop();
            SubdivisionTree node = nodes.pop();
            if (node instanceof SubdivisionTree.Split s) {
                if (!d.hasEdge(s.orbit(), s.from(), s.to())) {
                    failures.add("the subdivision tree names an edge (" + s.from() + "," + s.to() + ") of orbit " + s.orbit()
                            + " that does not exist" + (s.orbit() < d.orbits() ? " (its simplex has " + d.actions[s.orbit()] + " vertices)"
                                    : " (there are " + d.orbits() + " orbits)"));
                    return excess;
                }
                BernsteinDomain.Piece[] halves = d.split(piece, s.orbit(), s.from(), s.to());
                pieces.push(halves[1]);
                nodes.push(s.second());
                pieces.push(halves[0]);
                nodes.push(s.first());
            } else if (node instanceof SubdivisionTree.Anchored a) {
                List<Integer> anchor = a.anchor();
                if (anchor.size() != d.orbits()) {
                    failures.add("an anchored leaf names " + anchor.size() + " anchor vertices for " + d.orbits() + " orbits");
                    return excess;
                }
                for (int q = 0; q < anchor.size(); q++) {
                    if (anchor.get(q) >= d.actions[q]) {
                        failures.add("an anchored leaf names vertex " + anchor.get(q) + " of orbit " + q + ", whose simplex has "
                                + d.actions[q] + " vertices");
                        return excess;
                    }
                }
                AnchoredLeafBound.quantities(d, piece, anchor.stream().mapToInt(Integer::intValue).toArray(), bound, excess);
            } else {
                Rational max = piece.coefficients()[0];
                for (Rational x : piece.coefficients()) {
                    max = max.max(x);
                }
                excess.add(max.subtract(bound));
            }
        }
        return excess;
    }

    /**
     * The obligations of a bound claim on a domain whose leaf quantities were recomputed: every
     * quantity ≤ 0, the witness a strategy per orbit earning exactly the witness value, not above the bound.
     */
    static List<String> boundFailures(BernsteinDomain d, List<Rational> excess, Rational bound, Rational[][] witness, Rational witnessValue) {
        List<String> f = new ArrayList<>();
        for (int k = 0; k < excess.size(); k++) {
            if (excess.get(k).signum() > 0) {
                f.add("leaf quantity " + (k + 1) + " exceeds the bound by " + excess.get(k));
                break;
            }
        }
        if (witness.length != d.actions.length) {
            f.add("the witness has " + witness.length + " strategies for " + d.actions.length + " orbits");
            return f;
        }
        for (int q = 0; q < witness.length; q++) {
            Rational s = Rational.ZERO;
            for (Rational x : witness[q]) {
                if (x.signum() < 0) {
                    f.add("the witness has a negative probability " + x);
                }
                s = s.add(x);
            }
            if (!s.equals(Rational.ONE) || witness[q].length != d.actions[q]) {
                f.add("the witness strategy of orbit " + (q + 1) + " is not a distribution over its " + d.actions[q] + " actions");
                return f;
            }
        }
        Rational v = d.value(witness);
        if (!v.equals(witnessValue)) {
            f.add("the witness earns " + v + ", not " + witnessValue);
        }
        if (witnessValue.compareTo(bound) > 0) {
            f.add("the witness value " + witnessValue + " exceeds the bound " + bound);
        }
        return f;
    }

    /** All obligations: the replay, then {@link #boundFailures} when the replay succeeded. */
    static List<String> failures(BernsteinDomain d, SubdivisionTree tree, Rational bound, Rational[][] witness, Rational witnessValue) {
        List<String> f = new ArrayList<>();
        List<Rational> excess = leafExcesses(d, tree, bound, f);
        return f.isEmpty() ? boundFailures(d, excess, bound, witness, witnessValue) : f;
    }
}
