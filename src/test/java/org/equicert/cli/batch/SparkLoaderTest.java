package org.equicert.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SparkLoaderTest {

    @Test
    void withoutSparkOnTheClassPathSparkSaysToUseSparkSubmit() throws Exception {
        URL classes = Path.of(SparkLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
        try (URLClassLoader lean = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> loader = Class.forName(SparkLoader.class.getName(), true, lean);
            InvocationTargetException e = assertThrows(InvocationTargetException.class,
                    () -> loader.getMethod("backend", String.class).invoke(null, "local[2]"));
            assertTrue(e.getCause() instanceof IllegalArgumentException, e.getCause().toString());
            assertEquals("--spark: Apache Spark is not on the class path of this jar; run the batch under Spark: "
                    + "spark-submit --class org.equicert.cli.Main equicert.jar batch ... --spark local[2]", e.getCause().getMessage());
        }
    }

    @Test
    void aBlankMasterIsRefused() {
        assertEquals("--spark needs a master URL such as local[*], local[2,3], spark://HOST:7077 or yarn",
                assertThrows(IllegalArgumentException.class, () -> SparkLoader.backend(" ")).getMessage());
    }
}
