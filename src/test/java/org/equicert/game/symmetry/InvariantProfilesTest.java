package org.equicert.game.symmetry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.equicert.game.MixedProfile;
import org.equicert.number.Rational;
import org.junit.jupiter.api.Test;

class InvariantProfilesTest {

    @Test
    void oppositeButlersShareAStrategyUnderRotationByTwo() {
        InvariantProfiles inv = new InvariantProfiles(4, List.of(Permutation.parseCycles("(1 3)(2 4)", 4)));
        Rational[] food = {Rational.ONE, Rational.ZERO};
        Rational[] drink = {Rational.ZERO, Rational.ONE};
        MixedProfile p = inv.profile(new Rational[][] {food, drink});
        assertTrue(inv.isInvariant(p));
        assertTrue(java.util.Arrays.equals(food, p.strategy(2)));
        MixedProfile broken = p.with(2, drink);
        assertFalse(inv.isInvariant(broken));
        InvariantProfiles full = new InvariantProfiles(4, List.of(Permutation.parseCycles("(1 2 3 4)", 4)));
        assertFalse(full.isInvariant(p), "food/drink alternating is not invariant under a rotation by one");
    }
}
