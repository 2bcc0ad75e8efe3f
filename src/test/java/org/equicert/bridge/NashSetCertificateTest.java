package org.equicert.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.equicert.certificate.CertificateFile;
import org.equicert.certificate.Checker;
import org.equicert.certificate.NashSetClaim;
import org.equicert.certificate.Verdict;
import org.equicert.equilibrium.TwoPlayerEnumeration;
import org.equicert.game.Corpus;
import org.equicert.game.NormalFormGame;
import org.equicert.game.io.GameFiles;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

/** Completeness certificates for two-player Nash sets: true claims accepted, false ones rejected. */
class NashSetCertificateTest {

    private static final Checker CHECKER = new Checker("test");

    private static final NormalFormGame BOS = NormalFormGame.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});

    private static NashSetClaim claim(NormalFormGame g) {
        return NashSetClaims.of(g, TwoPlayerEnumeration.solve(g));
    }

    private static Rational[] r(long... v) {
        Rational[] out = new Rational[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = Rational.of(v[k]);
        }
        return out;
    }

    @Test
    void theCompleteListOfTheBattleOfTheSexesIsCertified() {
        NashSetClaim c = claim(BOS);
        assertEquals(3, c.pieces().size());
        Verdict v = CHECKER.check(c);
        assertTrue(v.accepted(), v.toString());
        assertTrue(CHECKER.checkText(CertificateFile.render(c, "test")).accepted());
    }

    @Test
    void aListMissingAnEquilibriumIsRejected() {
        NashSetClaim full = claim(BOS);
        for (int drop = 0; drop < 3; drop++) {
            List<NashSetClaim.Piece> fewer = new ArrayList<>(full.pieces());
            fewer.remove(drop);
            Verdict v = CHECKER.check(new NashSetClaim(full.table(), fewer));
            assertFalse(v.accepted(), "dropping set " + drop + " must be refuted");
        }
    }

    @Test
    void aSetThatIsNotAllEquilibriaIsRejected() {
        // Claim the whole square {T,B} x {L,R} is a set of equilibria: labels cover nothing useful.
        NashSetClaim full = claim(BOS);
        List<NashSetClaim.Piece> wrong = new ArrayList<>(full.pieces());
        // row face: column action L is a best response (label 3); column face: row T is a best response (1),
        // y_R = 0 (4) and x... covers 1,3,4 but not 2: rejected by the exact obligations.
        wrong.add(new NashSetClaim.Piece(List.of(3), List.of(1, 4), List.<Rational[]>of(r(1, 0)), List.<Rational[]>of(r(1, 0))));
        assertFalse(CHECKER.check(new NashSetClaim(full.table(), wrong)).accepted());
        // A complementary piece whose points are not equilibria: x_B = 0 and y... (labels 2,3 | 1,4) is the pure
        // equilibrium (T,L); relabel it as (labels 1,4 | 2,3), the pure profile (B,R)? That is an equilibrium too, so
        // use the mixed face: labels {} | {1,2,3,4} is empty-labelled on the row side: every x with y at the mixed point
        // — not all are equilibria.
        NashSetClaim.Piece mixedY = full.pieces().get(1);
        wrong = new ArrayList<>(full.pieces());
        wrong.add(new NashSetClaim.Piece(List.of(), List.of(1, 2, 3, 4), List.of(r(1, 0), r(0, 1)), mixedY.columns()));
        Verdict v = CHECKER.check(new NashSetClaim(full.table(), wrong));
        assertFalse(v.accepted(), v.toString());
    }

    @Test
    void anInteriorPointListedAsExtremeIsRejected() {
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 1}, {0, 0}}, new long[][] {{1, 1}, {0, 0}});
        NashSetClaim full = claim(g);
        assertTrue(CHECKER.check(full).accepted());
        NashSetClaim.Piece p = full.pieces().get(0);
        NashSetClaim.Piece interior = new NashSetClaim.Piece(p.rowLabels(), p.columnLabels(), p.rows(),
                List.<Rational[]>of(new Rational[] {Rational.HALF, Rational.HALF}));
        Verdict v = CHECKER.check(new NashSetClaim(full.table(), List.of(interior)));
        assertFalse(v.accepted());
        assertTrue(v.toString().contains("not an extreme point"), v.toString());
    }

    @Test
    void continuaAndTheZeroGameAreCertified() {
        assertTrue(CHECKER.check(claim(NormalFormGame.bimatrix(new long[][] {{1, 1}, {0, 0}}, new long[][] {{1, 1}, {0, 0}}))).accepted());
        assertTrue(CHECKER.check(claim(NormalFormGame.bimatrix(new long[3][3], new long[3][3]))).accepted());
        NormalFormGame deg = NormalFormGame.bimatrix(new long[][] {{1, 1}, {1, 0}, {0, 1}}, new long[][] {{0, 0}, {0, 0}, {0, 0}});
        NashSetClaim c = claim(deg);
        assertEquals(3, c.pieces().size());
        assertTrue(CHECKER.check(c).accepted());
    }

    @Test
    void vonStengelsSeventyFiveEquilibriaAreCertifiedComplete() {
        NormalFormGame g = GameFiles.read(Corpus.file("catalog/journals/dcg/vonstengel1999/6x6_game_with_75_eq.nfg"));
        NashSetClaim c = claim(g);
        assertEquals(75, c.pieces().size());
        Verdict v = CHECKER.check(c);
        assertTrue(v.accepted(), v.toString());
        List<NashSetClaim.Piece> fewer = new ArrayList<>(c.pieces());
        fewer.remove(37);
        assertFalse(CHECKER.check(new NashSetClaim(c.table(), fewer)).accepted());
    }
}
