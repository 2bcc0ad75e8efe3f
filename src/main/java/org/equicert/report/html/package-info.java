/**
 * Self-contained HTML reports (inline SVG and CSS, no scripts, no network): results with their
 * certificates re-checked, and the figures of each seed drawn from exact results.
 */
package org.equicert.report.html;
