package se.rus.reporting.support;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import se.rus.reporting.model.Report;
import se.rus.reporting.model.SwedishFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF read back as its reader meets it: page by page with its page labels and bookmarks, its text as copy and
 * search see it (a no-break space is a space to a reader's search, a line break is not).
 */
public final class PdfReading {

    private PdfReading() {
    }

    /** Page labels, bookmarks, the running footer, no ligatures, and every amount of the report findable. */
    public static void assertPublishable(byte[] pdf, Report report, String title) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            PDPageLabels labels = document.getDocumentCatalog().getPageLabels();
            assertTrue(labels != null, "the PDF has page labels");
            List<String> expected = Stream.iterate(1, n -> n + 1).limit(pages).map(String::valueOf).toList();
            assertEquals(expected, Arrays.asList(labels.getLabelsByPageIndices()), "page labels 1 … " + pages);

            List<String> bookmarks = bookmarks(document.getDocumentCatalog().getDocumentOutline(), "");
            assertTrue(bookmarks.contains("Ekonomisk redovisning"), () -> "a bookmark per section: " + bookmarks);
            assertTrue(bookmarks.stream().anyMatch(b -> b.startsWith("Bilaga 1") && b.contains(" > ")),
                    () -> "the appendix's areas nest under it: " + bookmarks);
            assertTrue(bookmarks.stream().anyMatch(b -> b.contains(" > Uppföljning av aktiviteter > ")),
                    () -> "activities nest under their follow-up: " + bookmarks);

            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = searchable(stripper.getText(document));
                all.append(text).append('\n');
                assertTrue(text.contains("Sida " + page + " av " + pages), "page " + page + " says Sida " + page + " av " + pages);
                assertTrue(text.contains(title), "page " + page + " names the report");
            }
            String text = all.toString();
            assertFalse(text.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06), "no ligature code points in the text");
            for (BigDecimal amount : amounts(report)) {
                String figure = searchable(SwedishFormat.money(amount).replace('-', '\u2212'));
                assertTrue(text.contains(figure), () -> "the amount " + figure + " is found in the PDF's text");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As a reader's search sees text: a no-break space matches a space; runs of spaces are one. */
    static String searchable(String text) {
        return text.replace('\u00A0', ' ').replaceAll("[ \\t]+", " ");
    }

    private static List<String> bookmarks(PDOutlineNode node, String path) {
        List<String> titles = new ArrayList<>();
        if (node == null) {
            return titles;
        }
        for (PDOutlineItem item : node.children()) {
            String title = path.isEmpty() ? item.getTitle() : path + " > " + item.getTitle();
            titles.add(title);
            titles.addAll(bookmarks(item, title));
        }
        return titles;
    }

    /** Every amount the economic part of the report states (the JSON's money fields). */
    private static List<BigDecimal> amounts(Report report) {
        Report.Economy economy = report.economy();
        List<BigDecimal> amounts = new ArrayList<>(List.of(economy.totalBudget(), economy.totalOutcome(),
                economy.totalDifference(), economy.totalCoFinancing(), economy.result().amount(),
                economy.resultAfterCoFinancing().amount()));
        Stream.of(economy.previousTotalBudget(), economy.previousTotalOutcome(), economy.appropriation(),
                economy.keyDistributed()).filter(Objects::nonNull).forEach(amounts::add);
        for (Report.Post post : economy.posts()) {
            Stream.of(post.budget(), post.outcome(), post.difference(), post.previousBudget(), post.previousOutcome())
                    .filter(Objects::nonNull).forEach(amounts::add);
        }
        economy.coFinancing().forEach(funds -> amounts.add(funds.amount()));
        if (!economy.outsideFunds().isEmpty()) {
            amounts.add(economy.totalOutsideFunds());
            economy.outsideFunds().forEach(funds -> amounts.add(funds.amount()));
        }
        return amounts;
    }
}
