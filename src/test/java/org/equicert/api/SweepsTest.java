package org.equicert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.equicert.game.GamutGenerator;
import org.equicert.number.Rational;
import org.equicert.report.SweepRenderer;
import org.equicert.report.TableComparison;
import org.equicert.symmetric.SymmetricOptimum;
import org.junit.jupiter.api.Test;

/** {@link Sweeps}: seed 001's experiment through the API, pinned to the counts of the run before the API existed. */
class SweepsTest {

    private static final SweepOptions SMALL = SweepOptions.defaults().withClasses(List.of(GamutGenerator.GameClass.RANDOM))
            .withSizes(2, 3, 2, 3).withEffort(3, 10, 10_000).withThreads(1);

    @Test
    void randomGamesOfTwoAndThreePlayersAreCertifiedWithTheBaselinesHitsPinned() throws InterruptedException {
        List<String> progress = new ArrayList<>();
        SweepResult r = Sweeps.run(SMALL, progress::add);
        assertEquals(12, r.games().size());
        assertTrue(r.allCertified());
        // RandomGame, 2 players, 2 actions: one of three optima mixed; 25 of 30 replicator runs and 26 of 30 searches reach it
        List<SweepGame> cell = r.cell(GamutGenerator.GameClass.RANDOM, 2, 2);
        assertEquals(List.of(0, 1, 2), cell.stream().map(SweepGame::index).toList());
        assertEquals(1, cell.stream().filter(g -> g.kind() == SymmetricOptimum.Kind.MIXED).count());
        assertEquals(25, cell.stream().mapToInt(SweepGame::replicatorHits).sum());
        assertEquals(26, cell.stream().mapToInt(SweepGame::searchHits).sum());
        // 3 players, 3 actions: two of three optima mixed (Table 3's 0.67)
        assertEquals(2, r.cell(GamutGenerator.GameClass.RANDOM, 3, 3).stream().filter(g -> g.kind() == SymmetricOptimum.Kind.MIXED).count());
        String md = SweepRenderer.markdown(r);
        assertTrue(md.contains("| N=2 | 0.33 | 0.00 |\n| N=3 | 0.00 | 0.67 |"), md);
        // against the paper: 1 of 3 mixed vs Table 3a's 0.36 of 100 gives z² = 824/91575 (p̄ = 37/103, by hand);
        // 26 of 30 searches vs Table 4a's 0.92 of 1000 gives z² = 32960/29799; Table 4a, N = 2, A = 3 is lost
        TableComparison cmp = TableComparison.of(r);
        assertEquals(Rational.of(824, 91575), rowOf(cmp, 3, 2, 2).z().orElseThrow().zSquared());
        assertEquals("-0.09", rowOf(cmp, 3, 2, 2).z().orElseThrow().decimal());
        assertEquals(Rational.of(32960, 29799), rowOf(cmp, 4, 2, 2).z().orElseThrow().zSquared());
        assertTrue(rowOf(cmp, 4, 2, 3).z().isEmpty());
        assertTrue(md.contains("| RandomGame | 2 | 2 | 26/30 | 0.87 | 0.92 | 920/1000 | -1.05 |  |  |"), md);
    }

    private static TableComparison.Row rowOf(TableComparison cmp, int table, int players, int actions) {
        return cmp.table(table).stream().filter(x -> x.players() == players && x.actions() == actions).findFirst().orElseThrow();
    }

    @Test
    void oneGameIsDeterministicAndItsBracketIsCertified() {
        SweepGame a = Sweeps.game(GamutGenerator.GameClass.COORDINATION, 2, 2, 0, 4, 1000);
        SweepGame b = Sweeps.game(GamutGenerator.GameClass.COORDINATION, 2, 2, 0, 4, 1000);
        assertTrue(a.certified(), a.certificateFailures().toString());
        assertEquals(List.of(), a.certificateFailures());
        assertEquals(a.lower(), b.lower());
        assertEquals(a.upper(), b.upper());
        assertEquals(a.replicatorHits(), b.replicatorHits());
        assertTrue(a.lower().compareTo(a.upper()) <= 0);
        // a coordination game's optimum is a pure all-equal profile, so the bracket closes
        assertEquals(SymmetricOptimum.Kind.PURE, a.kind());
        assertEquals(a.lower(), a.upper());
        assertTrue(a.upper().compareTo(Rational.ZERO) >= 0);
    }

    @Test
    void badOptionsNameTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SMALL.withSizes(1, 3, 2, 3));
        assertTrue(e.getMessage().contains("1..3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SMALL.withThreads(0));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SMALL.withClasses(List.of()));
        assertTrue(e.getMessage().contains("at least one"), e.getMessage());
    }
}
