package se.rus.reporting.rendering;

import se.rus.reporting.assembly.SampleSnapshot;
import se.rus.reporting.model.Report;
import se.rus.reporting.projection.ProjectedArea;

/**
 * Not a test: times assembly and rendering of a year with 2 000 activities so a regression is
 * visible to whoever runs it. Run from the module after test-compile:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" se.rus.reporting.report.RenderingBenchmark}
 * (write cp.txt with {@code ../mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 */
public final class RenderingBenchmark {

    private RenderingBenchmark() {
    }

    public static void main(String[] args) {
        SampleSnapshot sample = SampleSnapshot.year2024();
        for (int a = 0; a < 10; a++) {
            ProjectedArea area = sample.area(10 + a, "Område " + a, null);
            for (int i = 0; i < 200; i++) {
                sample.outcome(sample.activity(area, i + 1, "Aktivitet " + a + "." + i, "3", i % 3 == 0,
                                i % 5 == 0 ? "FULL" : "NONE"), i % 4 == 0 ? "PARTLY_DONE" : "DONE_AS_PLANNED",
                        "Aktiviteten har genomförts med flera möten, en rapport och ett webbinarium för länsstyrelserna. ".repeat(4));
            }
        }
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            Report report = sample.assemble().report();
            long assembled = System.nanoTime();
            String markdown = MarkdownRenderer.render(report);
            long md = System.nanoTime();
            String html = HtmlRenderer.render(report);
            long ht = System.nanoTime();
            byte[] pdf = PdfRenderer.render(report);
            long end = System.nanoTime();
            System.out.printf("round %d, %d activities: assemble %d ms, markdown %d ms (%d kB), html %d ms (%d kB), pdf %d ms (%d kB)%n",
                    round, report.activities().size(), (assembled - start) / 1_000_000, (md - assembled) / 1_000_000,
                    markdown.length() / 1024, (ht - md) / 1_000_000, html.length() / 1024, (end - ht) / 1_000_000,
                    pdf.length / 1024);
        }
    }
}
