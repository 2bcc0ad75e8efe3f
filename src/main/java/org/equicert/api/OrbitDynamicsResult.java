package org.equicert.api;

import java.util.List;
import java.util.Objects;
import org.equicert.number.Rational;

/**
 * Seed 000's softmax on a totally symmetric game, on orbits of profiles: the result of
 * {@link OrbitDynamics#analyse}. Immutable.
 *
 * @param gameClass the GAMUT class as given
 * @param players n
 * @param actions m
 * @param seed the generator's seed
 * @param base b = e^{α/D}
 * @param scale D
 * @param uMin the least payoff
 * @param orbitCount the number of orbits (action-count vectors), C(n + m − 1, m − 1)
 * @param expectedUtility E_p[U]
 * @param mostLikely the most likely orbits, most likely first (at most {@link OrbitDynamics#LISTED_ORBITS})
 * @param digits decimal digits of printed approximations
 * @param citation why none of these facts is certified
 */
public record OrbitDynamicsResult(String gameClass, int players, int actions, long seed, Rational base, int scale, Rational uMin,
        int orbitCount, Rational expectedUtility, List<Orbit> mostLikely, int digits, Citation citation) {

    /** Copies the list. */
    public OrbitDynamicsResult {
        Objects.requireNonNull(gameClass, "gameClass");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(uMin, "uMin");
        Objects.requireNonNull(expectedUtility, "expectedUtility");
        mostLikely = List.copyOf(mostLikely);
        Objects.requireNonNull(citation, "citation");
    }

    /**
     * One orbit of profiles and its stationary probability.
     *
     * @param counts how many players play each action
     * @param probability the orbit's total probability under the softmax
     */
    public record Orbit(List<Integer> counts, Rational probability) {

        /** Copies the counts. */
        public Orbit {
            counts = List.copyOf(counts);
            Objects.requireNonNull(probability, "probability");
        }
    }
}
