/** Sparse multivariate polynomials over the rationals. */
package org.equicert.poly;
