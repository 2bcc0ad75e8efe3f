/** Game file formats: Gambit .nfg and equicert JSON. */
package org.equicert.game.io;
