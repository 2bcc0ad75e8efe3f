/** Player symmetries of games (Emmons et al. 2022, Section 3.2). */
package org.equicert.game.symmetry;
