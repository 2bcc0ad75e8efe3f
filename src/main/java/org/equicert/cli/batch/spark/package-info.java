/**
 * The Spark back end of {@code equicert batch --spark}; the only package that imports Apache
 * Spark, which is on the class path only under {@code spark-submit} (or in tests).
 */
package org.equicert.cli.batch.spark;
