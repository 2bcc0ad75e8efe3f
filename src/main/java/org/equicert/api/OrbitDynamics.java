package org.equicert.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.equicert.dynamics.SymmetricSoftmax;
import org.equicert.game.GamutGenerator;
import org.equicert.game.SymmetricPayoffs;
import org.equicert.number.Rational;

/**
 * The job for seed 000's softmax on a large totally symmetric GAMUT game, computed on orbits of
 * profiles (action-count vectors) instead of profiles: the partition function, E_p[U] and the most
 * likely orbits, exactly. Nothing is certified (certificates are written for full games of at most
 * {@link LearningDynamics#CERTIFY_LIMIT} profiles).
 *
 * <p>Cost: C(n + m − 1, m − 1) orbits, each weighed with a multinomial and a power of b; polynomial in
 * n for a fixed number m of actions. Reference: seed 000, Lemma 1; Emmons et al. (2022), App. F.1.
 */
public final class OrbitDynamics {

    /** Orbits listed in the result, most likely first. */
    public static final int LISTED_ORBITS = 10;

    private OrbitDynamics() {
    }

    /**
     * The softmax at base {@code base} of the GAMUT game of class {@code gameClass} with the given
     * numbers of players and actions, generated from {@code seed}.
     *
     * @param gameClass a class name as {@link GamutGenerator.GameClass#parse} reads it (kept as given for display)
     * @param digits decimal digits of printed approximations, 1..200
     * @throws IllegalArgumentException if the class is unknown, players are outside 1..1000, actions
     *     outside 1..10, the base below 1 or digits outside 1..200
     */
    public static OrbitDynamicsResult analyse(String gameClass, int players, int actions, long seed, Rational base, int digits) {
        GamutGenerator.GameClass c = GamutGenerator.GameClass.parse(gameClass);
        if (players < 1 || players > 1000 || actions < 1 || actions > 10) {
            throw new IllegalArgumentException("players must be 1..1000 and actions 1..10, got " + players + " and " + actions);
        }
        if (base.compareTo(Rational.ONE) < 0) {
            throw new IllegalArgumentException("the base b = e^(alpha/D) must be at least 1 (alpha >= 0), got " + base);
        }
        if (digits < 1 || digits > 200) {
            throw new IllegalArgumentException("digits must be from 1 to 200, got " + digits);
        }
        SymmetricPayoffs game = GamutGenerator.symmetric(c, players, actions, seed);
        SymmetricSoftmax sm = new SymmetricSoftmax(game);
        List<OrbitDynamicsResult.Orbit> top = new ArrayList<>();
        for (Map.Entry<List<Integer>, Rational> x : sm.mostLikelyOrbits(base, LISTED_ORBITS)) {
            top.add(new OrbitDynamicsResult.Orbit(x.getKey(), x.getValue()));
        }
        Citation orbitsOnly = Citation.notCertified("computed on orbits of profiles; certificates are written for full games of at most "
                + LearningDynamics.CERTIFY_LIMIT + " profiles");
        return new OrbitDynamicsResult(gameClass, players, actions, seed, base, sm.scale(), sm.uMin(), sm.orbitCount(),
                sm.expectedUtility(base), top, digits, orbitsOnly);
    }
}
