/** Nash equilibria of normal-form games: repair of approximate profiles (more to come). */
package org.equicert.equilibrium;
