package org.equicert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.equicert.number.Rational;

/**
 * The data line of a {@code symmetric-bound} claim: kind, game, orbits (0-based players), bound,
 * subdivision tree ({@link SubdivisionTreeCodec}), witness (one strategy per orbit) and its value.
 * Reading is strict; the checker's re-render rule then accepts only the text this class writes.
 * Cost linear in the data.
 */
final class SymmetricBoundCodec {

    private SymmetricBoundCodec() {
    }

    /** The claim's data, in the order it is written. */
    static Map<String, Object> data(PayoffTable table, List<List<Integer>> orbits, Rational bound, SubdivisionTree tree,
            Rational[][] witness, Rational witnessValue) {
        Map<String, Object> m = ClaimData.withGame("symmetric-bound", table);
        m.put("orbits", orbits);
        m.put("bound", bound.toString());
        m.put("tree", SubdivisionTreeCodec.toData(tree));
        m.put("witness", ClaimData.matrix(witness));
        m.put("witnessValue", witnessValue.toString());
        return m;
    }

    /**
     * Rebuilds the claim.
     *
     * @throws IllegalArgumentException if the tree is malformed (see {@link SubdivisionTreeCodec#fromData})
     */
    @SuppressWarnings("unchecked")
    static SymmetricBoundClaim fromData(Map<String, Object> m) {
        List<List<Integer>> orbits = new ArrayList<>();
        for (Object o : (List<Object>) m.get("orbits")) {
            List<Integer> orbit = new ArrayList<>();
            for (Object i : (List<Object>) o) {
                orbit.add(((Number) i).intValue());
            }
            orbits.add(orbit);
        }
        return new SymmetricBoundClaim(ClaimData.game(m), orbits, Rational.parse((String) m.get("bound")),
                SubdivisionTreeCodec.fromData(m.get("tree")), ClaimData.matrix(m.get("witness")),
                Rational.parse((String) m.get("witnessValue")));
    }
}
