package org.equicert.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.equicert.certificate.CertificateFile;
import org.equicert.certificate.Checker;
import org.equicert.certificate.ClaimCodec;
import org.equicert.certificate.SubdivisionTree;
import org.equicert.certificate.SymmetricBoundClaim;
import org.equicert.certificate.Verdict;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.symmetric.SymmetricOptimum;
import org.equicert.symmetric.SymmetricUtility;
import org.junit.jupiter.api.Test;

/** Optimality certificates for symmetric optima: true claims accepted, false ones rejected. */
class SymmetricBoundCertificateTest {

    private static final Checker CHECKER = new Checker("test");

    private static SymmetricBoundClaim claim(NormalFormGame g, List<List<Integer>> orbits) {
        SymmetricUtility u = SymmetricUtility.of(g, orbits);
        return SymmetricClaims.bound(u, SymmetricOptimum.maximize(u, Rational.of(1, 1_000_000), 100_000));
    }

    private static final NormalFormGame TAXI = NormalFormGame.bimatrix(new long[][] {{0, 1}, {1, 0}}, new long[][] {{0, 1}, {1, 0}});

    @Test
    void theTaxiOptimumOfOneHalfIsCertifiedExactly() {
        SymmetricBoundClaim c = claim(TAXI, List.of(List.of(0, 1)));
        assertTrue(c.statement().contains("is exactly 1/2"), c.statement());
        Verdict v = CHECKER.check(c);
        assertTrue(v.accepted(), v.toString());
        assertTrue(CHECKER.checkText(CertificateFile.render(c, "test")).accepted());
        assertTrue(c.nonlinearSmtLib().isPresent());
    }

    @Test
    void aBoundBelowTheOptimumIsRejected() {
        SymmetricBoundClaim c = claim(TAXI, List.of(List.of(0, 1)));
        var data = c.data();
        SymmetricBoundClaim low = new SymmetricBoundClaim(c.table(), List.of(List.of(0, 1)), Rational.of(49, 100), c.tree(),
                new Rational[][] {{Rational.of(1, 3), Rational.of(2, 3)}}, Rational.of(4, 9));
        Verdict v = CHECKER.check(low);
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("exceeds"), v.reason());
        // a wrong witness value is caught too
        SymmetricBoundClaim lie = new SymmetricBoundClaim(c.table(), List.of(List.of(0, 1)), Rational.HALF, c.tree(),
                new Rational[][] {{Rational.of(1, 3), Rational.of(2, 3)}}, Rational.HALF);
        assertFalse(CHECKER.check(lie).accepted());
        // the tree without its splits (one Bernstein leaf: the coefficient 1 at x = 1/2 exceeds 1/2) is caught
        assertEquals(List.of("split", 0, 0, 1), ((List<?>) c.data().get("tree")).get(0));
        SubdivisionTree cut = new SubdivisionTree.Bound();
        Verdict pruned = CHECKER.check(new SymmetricBoundClaim(c.table(), List.of(List.of(0, 1)), Rational.HALF, cut,
                new Rational[][] {{Rational.HALF, Rational.HALF}}, Rational.HALF));
        assertFalse(pruned.accepted());
        assertTrue(pruned.reason().contains("exceeds the bound"), pruned.reason());
    }

    @Test
    void theDegenerateExampleIsCertifiedByTheAnchoredTest() {
        long[][] u = {{10, 10, 10}, {10, -100, 11}, {10, 11, -100}};
        NormalFormGame g = NormalFormGame.bimatrix(u, u);
        SymmetricBoundClaim c = claim(g, List.of(List.of(0, 1)));
        assertTrue(c.statement().contains("is exactly 10"), c.statement());
        assertTrue(c.tree().preorder().stream().anyMatch(t -> t instanceof SubdivisionTree.Anchored), "an anchored leaf is used");
        assertTrue(CHECKER.check(c).accepted());
        // claiming 99/10 with the same tree fails
        SymmetricBoundClaim low = new SymmetricBoundClaim(c.table(), List.of(List.of(0, 1)), Rational.of(99, 10), c.tree(),
                new Rational[][] {{Rational.of(9, 10), Rational.of(1, 10), Rational.ZERO}}, Rational.of(889, 100));
        assertFalse(CHECKER.check(low).accepted());
    }

    @Test
    void orbitsMustPartitionThePlayers() {
        SymmetricBoundClaim c = claim(TAXI, List.of(List.of(0, 1)));
        SymmetricBoundClaim bad = new SymmetricBoundClaim(c.table(), List.of(List.of(0)), Rational.HALF, new SubdivisionTree.Bound(),
                new Rational[][] {{Rational.HALF, Rational.HALF}}, Rational.HALF);
        Verdict v = CHECKER.check(bad);
        assertFalse(v.accepted());
        assertEquals(true, v.reason().contains("in no orbit"), v.reason());
    }

    @Test
    void theEnginesTreeCrossesNodeForNodeAndVerticesFromAHundredOnDoNotCollide() {
        // with the old code orbit·10⁴ + i·10² + j, edge (1,100) of orbit 0 and edge (2,0) were both 200
        SymmetricOptimum.Subdivision engine = new SymmetricOptimum.Bisection(0, 1, 100,
                new SymmetricOptimum.AnchoredLeaf(List.of(100)),
                new SymmetricOptimum.Bisection(0, 2, 0, new SymmetricOptimum.BernsteinLeaf(), new SymmetricOptimum.BernsteinLeaf()));
        SubdivisionTree t = SymmetricClaims.tree(engine);
        assertEquals(new SubdivisionTree.Split(0, 1, 100, new SubdivisionTree.Anchored(List.of(100)),
                new SubdivisionTree.Split(0, 2, 0, new SubdivisionTree.Bound(), new SubdivisionTree.Bound())), t);
        SymmetricBoundClaim c = new SymmetricBoundClaim(claim(TAXI, List.of(List.of(0, 1))).table(), List.of(List.of(0, 1)), Rational.HALF, t,
                new Rational[][] {{Rational.HALF, Rational.HALF}}, Rational.HALF);
        assertEquals(List.of(List.of("split", 0, 1, 100), List.of("anchored", 100), List.of("split", 0, 2, 0), List.of("bound"), List.of("bound")),
                c.data().get("tree"));
        SymmetricBoundClaim back = (SymmetricBoundClaim) ClaimCodec.fromJson(ClaimCodec.toJson(c));
        assertEquals(t, back.tree());
        assertEquals(ClaimCodec.toJson(c), ClaimCodec.toJson(back));
        // the taxi game has 2 actions: the checker refuses the edge by name
        Verdict v = CHECKER.check(c);
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("names an edge (1,100) of orbit 0 that does not exist"), v.reason());
    }

    @Test
    void theEnginesTreeForTheTaxisIsOneBisectionOfTheEdgeBetweenTheTwoActions() {
        SymmetricUtility u = SymmetricUtility.of(TAXI, List.of(List.of(0, 1)));
        SymmetricOptimum.Result r = SymmetricOptimum.maximize(u, Rational.of(1, 1_000_000), 100_000);
        assertEquals(new SymmetricOptimum.Bisection(0, 0, 1, new SymmetricOptimum.BernsteinLeaf(), new SymmetricOptimum.BernsteinLeaf()), r.tree());
        assertEquals(new SubdivisionTree.Split(0, 0, 1, new SubdivisionTree.Bound(), new SubdivisionTree.Bound()), SymmetricClaims.tree(r.tree()));
        // the result's arrays are copies
        r.bestPoint()[0][0] = Rational.of(7);
        assertEquals(Rational.HALF, r.bestPoint()[0][0]);
    }
}
