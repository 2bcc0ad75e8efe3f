/** Seeded simulation of chains: a numeric cross-check of exact results, never a source of claims. */
package org.equicert.dynamics.simulation;
