package org.equicert.cli.batch;

import java.lang.reflect.InvocationTargetException;

/**
 * Finds the Spark back end without linking to Spark, so that the default jar, which has no Spark
 * classes, runs every other command and says how to use {@code spark-submit} for {@code --spark}.
 */
public final class SparkLoader {

    /** The back end class, in its own package. */
    static final String BACKEND = "org.equicert.cli.batch.spark.SparkBackend";

    private SparkLoader() {
    }

    /**
     * The Spark back end for {@code master}.
     *
     * @throws IllegalArgumentException if Spark is not on the class path or the master is empty
     */
    public static Backend backend(String master) {
        if (master.isBlank()) {
            throw new IllegalArgumentException("--spark needs a master URL such as local[*], local[2,3], spark://HOST:7077 or yarn");
        }
        ClassLoader loader = SparkLoader.class.getClassLoader();
        try {
            Class.forName("org.apache.spark.api.java.JavaSparkContext", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("--spark: Apache Spark is not on the class path of this jar; run the batch under Spark: "
                    + "spark-submit --class org.equicert.cli.Main equicert.jar batch ... --spark " + master);
        }
        try {
            return (Backend) Class.forName(BACKEND, true, loader).getConstructor(String.class).newInstance(master);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot start the Spark back end: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the Spark back end " + BACKEND + ": " + e, e);
        }
    }
}
