/**
 * Deterministic SVG figures (curves, bars, simplex heat maps, planar sets) for the reports. Drawing
 * coordinates are floating point and live only here: no value drawn feeds back into a claim.
 */
package org.equicert.draw;
