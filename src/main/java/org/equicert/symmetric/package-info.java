/**
 * Seed 001 (Emmons et al., ICML 2022): the symmetric expected utility of a team game, its certified
 * global symmetric optimum by Bernstein branch and bound, local optima, degeneracy and stability.
 */
package org.equicert.symmetric;
