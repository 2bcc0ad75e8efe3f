/** Seed 000: the local-optimization learning dynamics and their exact stationary distributions. */
package org.equicert.dynamics;
