package se.rus.reporting.support;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The text of a PDF for assertions, read with PDFBox in reading order (by position, as a reader sees the
 * page) and without whitespace, since extraction puts spaces where glyphs are kerned apart and line
 * breaks where lines wrap.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return squash(stripper.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String squash(String text) {
        return text.replaceAll("[\\s\\u00A0]+", "");
    }
}
