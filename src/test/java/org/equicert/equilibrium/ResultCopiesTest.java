package org.equicert.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.equicert.game.NormalFormGame;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;
import org.junit.jupiter.api.Test;

/** The result records of the equilibrium engines cannot be changed through arrays passed in or handed out. */
class ResultCopiesTest {

    @Test
    void twoPlayerNashSetIsImmutable() {
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
        TwoPlayerNashSet set = TwoPlayerEnumeration.solve(g);
        Rational first = set.rowStrategies().get(0)[0];
        set.rowStrategies().get(0)[0] = Rational.of(7);
        assertEquals(first, set.rowStrategies().get(0)[0]);
        TwoPlayerNashSet.ExtremeEquilibrium e = set.extremeEquilibria().get(0);
        Rational payoff = e.payoffs()[0];
        e.payoffs()[0] = Rational.of(-99);
        assertEquals(payoff, e.payoffs()[0]);
        TwoPlayerNashSet.NashSubset s = set.subsets().get(0);
        BitSet labels = s.rowLabels();
        s.rowLabels().set(63);
        assertEquals(labels, s.rowLabels());
        assertThrows(UnsupportedOperationException.class, () -> set.components().add(set.components().get(0)));
    }

    @Test
    void supportRecordsCopyTheirArrays() {
        int[][] supports = {{0, 1}, {1}};
        RationalInterval[] payoffs = {RationalInterval.point(Rational.ONE), RationalInterval.point(Rational.HALF)};
        RationalInterval[][] box = {{RationalInterval.point(Rational.HALF), RationalInterval.point(Rational.HALF)},
            {RationalInterval.point(Rational.ZERO), RationalInterval.point(Rational.ONE)}};
        SupportEquilibria.Isolated isolated = new SupportEquilibria.Isolated(supports, Optional.empty(), box, payoffs);
        supports[0][1] = 5;
        box[1][0] = RationalInterval.point(Rational.TWO);
        payoffs[0] = RationalInterval.point(Rational.ZERO);
        isolated.supports()[1][0] = 9;
        assertEquals(1, isolated.supports()[0][1]);
        assertEquals(1, isolated.supports()[1][0]);
        assertEquals(RationalInterval.point(Rational.ZERO), isolated.box()[1][0]);
        assertEquals(RationalInterval.point(Rational.ONE), isolated.payoffs()[0]);
        SupportEquilibria.Unresolved unresolved = new SupportEquilibria.Unresolved(new int[][] {{0}}, "budget");
        unresolved.supports()[0][0] = 3;
        assertEquals(List.of(0), List.of(unresolved.supports()[0][0]));
    }
}
