package org.equicert.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * examples/report.html as a browser shows it: headless Chromium renders it (skipped, saying so, when
 * Chromium is not installed: apt-get install chromium); the screenshot is not blank, and after layout
 * every figure's SVG has a positive size. The shipped file itself must parse as XML with every
 * figure's marks inside its SVG.
 */
class ChromiumReportTest {

    private static final Path REPORT = Path.of("examples/report.html");

    @TempDir
    Path dir;

    @Test
    void shippedReportParsesAndEveryFigureHasMarks() throws Exception {
        Document d = ReportFiguresTest.parse(Files.readString(REPORT, StandardCharsets.UTF_8));
        NodeList figures = d.getElementsByTagNameNS("*", "figure");
        assertTrue(figures.getLength() >= 20, "figures: " + figures.getLength());
        for (int i = 0; i < figures.getLength(); i++) {
            Element f = (Element) figures.item(i);
            Element svg = (Element) f.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").item(0);
            assertTrue(Double.parseDouble(svg.getAttribute("width")) > 0 && Double.parseDouble(svg.getAttribute("height")) > 0, f.getAttribute("id"));
        }
        String html = Files.readString(REPORT, StandardCharsets.UTF_8);
        assertTrue(!html.contains("<script") && !html.contains("http://") || html.replace("http://www.w3.org/", "").indexOf("http://") < 0,
                "no scripts and no network resources");
        assertTrue(!html.contains("/work/") && !html.contains("/tmp/"), "no absolute paths");
    }

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    private static String run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + command);
        }
        return out;
    }

    private static List<String> base(String chromium, Path profile) {
        return new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=1280,4000"));
    }

    @Test
    void chromiumRendersTheReportWithEveryFigureSized() throws Exception {
        String chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium); skipping the browser rendering test");
        String url = REPORT.toAbsolutePath().toUri().toString();
        Path png = dir.resolve("report.png");
        List<String> shot = base(chromium, dir.resolve("profile1"));
        shot.add("--screenshot=" + png);
        shot.add(url);
        run(shot, dir.resolve("shot.log"));
        assertTrue(Files.size(png) > 0, "no screenshot written");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 200, "the screenshot looks blank: " + colours.size() + " distinct colours");

        List<String> dump = base(chromium, dir.resolve("profile2"));
        dump.add("--dump-dom");
        dump.add(url);
        String dom = run(dump, dir.resolve("dump.log"));
        Matcher m = Pattern.compile("<svg[^>]*width=\"([0-9.]+)\"[^>]*height=\"([0-9.]+)\"").matcher(dom);
        int sized = 0;
        while (m.find()) {
            assertTrue(Double.parseDouble(m.group(1)) > 0 && Double.parseDouble(m.group(2)) > 0, m.group());
            sized++;
        }
        int figures = dom.split("<figure", -1).length - 1;
        assertTrue(figures >= 20, "figures after layout: " + figures);
        assertEquals(figures, sized, "every figure has a sized SVG after layout");
    }
}
