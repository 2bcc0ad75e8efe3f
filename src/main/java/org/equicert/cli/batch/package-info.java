/**
 * {@code equicert batch}: many games through one single-game command, or seed 001's sweep over
 * generated GAMUT games, locally on a thread pool or as Apache Spark tasks, with one JSON Lines
 * record per game, resumable runs and a progress line.
 */
package org.equicert.cli.batch;
