package org.equicert.bridge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.equicert.certificate.NashSetClaim;
import org.equicert.equilibrium.TwoPlayerNashSet;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;

/** The completeness claim for a computed two-player Nash set. */
public final class NashSetClaims {

    private NashSetClaims() {
    }

    /** One piece per maximal Nash subset, labels 1-based. */
    public static NashSetClaim of(NormalFormGame game, TwoPlayerNashSet set) {
        List<NashSetClaim.Piece> pieces = new ArrayList<>();
        for (TwoPlayerNashSet.NashSubset s : set.subsets()) {
            List<Rational[]> rows = new ArrayList<>();
            for (int i : s.rows()) {
                rows.add(set.rowStrategies().get(i));
            }
            List<Rational[]> columns = new ArrayList<>();
            for (int j : s.columns()) {
                columns.add(set.columnStrategies().get(j));
            }
            pieces.add(new NashSetClaim.Piece(oneBased(s.rowLabels()), oneBased(s.columnLabels()), rows, columns));
        }
        return new NashSetClaim(PayoffTables.of(game), pieces);
    }

    private static List<Integer> oneBased(BitSet labels) {
        List<Integer> out = new ArrayList<>();
        labels.stream().forEach(l -> out.add(l + 1));
        return out;
    }
}
