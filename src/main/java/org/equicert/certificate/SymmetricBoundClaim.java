package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicert.number.Rational;

/**
 * "In the common-payoff game, every profile in which the players of each orbit play alike has
 * expected payoff at most c; the profile w (one strategy per orbit) attains exactly L." With L = c
 * this says the P-invariant optimum is exactly c, attained at w (seed 001).
 *
 * <p>The checker recomputes everything from the game: the Bernstein coefficients of EU on the
 * product of simplices ({@link BernsteinDomain}), the {@link SubdivisionTree} replayed by de Casteljau
 * bisection of simplex edges, and at each leaf either "every coefficient ≤ c" (Bernstein bound) or
 * the anchored test ({@link AnchoredLeafBound}) — see {@link SubdivisionReplay}. The SMT-LIB
 * statement is the resulting linear fact: each leaf's largest coefficient (or anchored quantity) as
 * a numeral, asserted to exceed its bound — unsat. The natural nonlinear statement (∃ strategies
 * with EU &gt; c) is written beside for z3 and cvc5 when the optimum is exact (c attained) and the
 * game small ({@link SymmetricBoundEncoding}). The data line is written by {@link SymmetricBoundCodec}.
 * Cost: that of the replay, O(P·n) to recompute the coefficients from P pure profiles of n players
 * plus one de Casteljau split per inner node of the tree.
 */
public final class SymmetricBoundClaim implements Claim {

    private final PayoffTable table;
    private final List<List<Integer>> orbits;
    private final Rational bound;
    private final SubdivisionTree tree;
    private final Rational[][] witness;
    private final Rational witnessValue;

    /**
     * @param table the game
     * @param orbits 0-based players per orbit
     * @param bound c, the claimed upper bound of EU over profiles constant on the orbits
     * @param tree the subdivision of the product of the orbits' simplices that proves the bound
     * @param witness one strategy per orbit
     * @param witnessValue its claimed exact expected payoff
     */
    public SymmetricBoundClaim(PayoffTable table, List<List<Integer>> orbits, Rational bound, SubdivisionTree tree,
            Rational[][] witness, Rational witnessValue) {
        this.table = table;
        this.orbits = orbits.stream().map(List::copyOf).toList();
        this.bound = bound;
        this.tree = tree;
        this.witness = ClaimData.copy(witness);
        this.witnessValue = witnessValue;
    }

    /** The game. */
    public PayoffTable table() {
        return table;
    }

    /** The subdivision tree the claim hands to the checker. */
    public SubdivisionTree tree() {
        return tree;
    }

    @Override
    public String kind() {
        return "symmetric-bound";
    }

    @Override
    public String statement() {
        String orbitText = orbitText();
        return bound.equals(witnessValue)
                ? "the optimal expected payoff over profiles constant on the orbits " + orbitText + " is exactly " + bound
                        + ", attained at " + NashClaim.profileText(witness)
                : "every profile constant on the orbits " + orbitText + " has expected payoff at most " + bound
                        + "; the profile " + NashClaim.profileText(witness) + " attains " + witnessValue;
    }

    private String orbitText() {
        List<String> out = new ArrayList<>();
        for (List<Integer> o : orbits) {
            List<String> p = new ArrayList<>();
            for (int i : o) {
                p.add(Integer.toString(i + 1));
            }
            out.add("{" + String.join(",", p) + "}");
        }
        return String.join(" ", out);
    }

    @Override
    public String subject() {
        return table.title();
    }

    @Override
    public List<String> obligationFailures() {
        List<String> f = new ArrayList<>();
        Optional<BernsteinDomain> d = BernsteinDomain.of(table, orbits, f);
        return d.isEmpty() ? f : SubdivisionReplay.failures(d.get(), tree, bound, witness, witnessValue);
    }

    @Override
    public String linearSmtLib() {
        List<String> f = new ArrayList<>();
        Optional<BernsteinDomain> d = BernsteinDomain.of(table, orbits, f);
        List<Rational> excess = d.isEmpty() ? List.of() : SubdivisionReplay.leafExcesses(d.get(), tree, bound, f);
        return SymmetricBoundEncoding.linear(excess, bound, witnessValue);
    }

    @Override
    public Optional<String> nonlinearSmtLib() {
        return BernsteinDomain.of(table, orbits, new ArrayList<>()).flatMap(d -> SymmetricBoundEncoding.natural(d, bound, witnessValue));
    }

    @Override
    public Map<String, Object> data() {
        return SymmetricBoundCodec.data(table, orbits, bound, tree, witness, witnessValue);
    }

    static SymmetricBoundClaim fromData(Map<String, Object> m) {
        return SymmetricBoundCodec.fromData(m);
    }
}
