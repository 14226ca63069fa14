package se.rus.reporting.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renderings the tests leave in target/ for a reviewer to read, and for the page checks that run after the tests
 * (check-report.mjs, check-layout.mjs: every target/report-*.html).
 */
public final class ForReview {

    private ForReview() {
    }

    public static void write(String name, byte[] content) {
        try {
            Files.write(Path.of("target", name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
