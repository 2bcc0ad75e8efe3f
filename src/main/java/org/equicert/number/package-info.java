/** Exact numbers: rationals, real algebraic numbers, univariate polynomials defining them, rigorous enclosures. */
package org.equicert.number;
