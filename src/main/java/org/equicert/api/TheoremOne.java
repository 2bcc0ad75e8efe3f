package org.equicert.api;

import java.util.Objects;
import org.equicert.number.Rational;
import org.equicert.number.RationalInterval;

/**
 * Seed 000's Theorem 1 for one ε on a common-payoff game: the theorem's α (an enclosure), the bound
 * E[U] ≥ u* − ε certified at or below that α, and the minimal α with the bound, bracketed by two
 * certificates. Immutable.
 */
public sealed interface TheoremOne permits TheoremOne.AllOptimal, TheoremOne.Bound {

    /**
     * Every profile is optimal, so E[U] = u* for every α (the theorem's u' does not exist).
     *
     * @param citation why this is not certified
     */
    record AllOptimal(Citation citation) implements TheoremOne {

        /** Checks for null. */
        public AllOptimal {
            Objects.requireNonNull(citation, "citation");
        }
    }

    /**
     * The theorem's statement for ε.
     *
     * @param epsilon ε
     * @param target u* − ε
     * @param alpha Theorem 1's α = (n log|A| + log(u* − u_min) − log ε)/(u* − u'), enclosed
     * @param alphaCitation why the enclosure is not certified
     * @param attained the bound at Theorem 1's α (exactly) or at a rational base below it
     * @param minimal the minimal α with the bound
     */
    record Bound(Rational epsilon, Rational target, RationalInterval alpha, Citation alphaCitation, Attained attained,
            Minimal minimal) implements TheoremOne {

        /** Checks for null. */
        public Bound {
            Objects.requireNonNull(epsilon, "epsilon");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(alpha, "alpha");
            Objects.requireNonNull(alphaCitation, "alphaCitation");
            Objects.requireNonNull(attained, "attained");
            Objects.requireNonNull(minimal, "minimal");
        }
    }

    /** Where the bound E[U] ≥ u* − ε was certified. */
    sealed interface Attained permits ExactBase, BelowBase {
    }

    /**
     * At Theorem 1's α exactly: its base c = e^{α/scale} is rational, so the stationary law is.
     *
     * @param base c
     * @param scale the rational unit of the exponents
     * @param expectedUtility E[U] at c
     * @param optimalProbability P(optimal profile) at c
     * @param citation the certificate of E[U] ≥ u* − ε at c
     */
    record ExactBase(Rational base, Rational scale, Rational expectedUtility, Rational optimalProbability, Citation citation)
            implements Attained {

        /** Checks for null. */
        public ExactBase {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(scale, "scale");
            Objects.requireNonNull(expectedUtility, "expectedUtility");
            Objects.requireNonNull(optimalProbability, "optimalProbability");
            Objects.requireNonNull(citation, "citation");
        }
    }

    /**
     * At a rational base below e^{α/D}: by monotonicity in α the bound holds at Theorem 1's α.
     *
     * @param base the rational base, at most e^{α/D}
     * @param expectedUtility E[U] there
     * @param citation the certificate of E[U] ≥ u* − ε at that base
     */
    record BelowBase(Rational base, Rational expectedUtility, Citation citation) implements Attained {

        /** Checks for null. */
        public BelowBase {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(expectedUtility, "expectedUtility");
            Objects.requireNonNull(citation, "citation");
        }
    }

    /** The minimal α with E[U] ≥ u* − ε. */
    sealed interface Minimal permits AtZero, Bracket {
    }

    /**
     * α = 0 already gives the bound.
     *
     * @param expectedUtility E[U] at α = 0 (the uniform distribution)
     * @param citation the certificate of E[U] ≥ u* − ε at b = 1
     */
    record AtZero(Rational expectedUtility, Citation citation) implements Minimal {

        /** Checks for null. */
        public AtZero {
            Objects.requireNonNull(expectedUtility, "expectedUtility");
            Objects.requireNonNull(citation, "citation");
        }
    }

    /**
     * The minimal α lies between the α of two rational bases, E[U] &lt; u* − ε at the lower and
     * E[U] ≥ u* − ε at the upper.
     *
     * @param lowerBase b_lo
     * @param upperBase b_hi
     * @param alpha the enclosure of the minimal α (from enclosures of D·log b at both bases)
     * @param alphaCitation why the enclosure is not certified
     * @param ratio Theorem 1's α over the minimal α, enclosed
     * @param ratioCitation why the ratio is not certified
     * @param lowerCitation the certificate of E[U] &lt; u* − ε at b_lo
     * @param upperCitation the certificate of E[U] ≥ u* − ε at b_hi
     */
    record Bracket(Rational lowerBase, Rational upperBase, RationalInterval alpha, Citation alphaCitation, RationalInterval ratio,
            Citation ratioCitation, Citation lowerCitation, Citation upperCitation) implements Minimal {

        /** Checks for null. */
        public Bracket {
            Objects.requireNonNull(lowerBase, "lowerBase");
            Objects.requireNonNull(upperBase, "upperBase");
            Objects.requireNonNull(alpha, "alpha");
            Objects.requireNonNull(alphaCitation, "alphaCitation");
            Objects.requireNonNull(ratio, "ratio");
            Objects.requireNonNull(ratioCitation, "ratioCitation");
            Objects.requireNonNull(lowerCitation, "lowerCitation");
            Objects.requireNonNull(upperCitation, "upperCitation");
        }
    }
}
