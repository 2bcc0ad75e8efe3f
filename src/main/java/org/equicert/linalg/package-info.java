/** Exact linear algebra over the rationals: fraction-free elimination and an exact simplex method. */
package org.equicert.linalg;
