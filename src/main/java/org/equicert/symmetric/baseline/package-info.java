/** Baseline floating-point optimisers of symmetric common-payoff games (projected gradient, multistart), for comparison with the exact certified optimum; never used for a claim. */
package org.equicert.symmetric.baseline;
