package se.rus.reporting.rendering;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import se.rus.reporting.model.Report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report as PDF, laid out (openhtmltopdf) from the very HTML page {@link HtmlRenderer} writes: one layout,
 * printed. Every PDF is tagged for PDF/UA-1 (headings, lists, tables with their header cells, figures with
 * alternative text, reading order as in the page, language sv-SE, the title shown as the window title) and is
 * PDF/A-2b (every font embedded, the sRGB output intent), so the version an approval freezes is archivable.
 * Its bookmarks mirror the headings, its page labels match the "Sida N av M" of the running footer, and it opens
 * with the bookmarks shown.
 */
public final class PdfRenderer {

    /** PDF/UA asks for the document's language; the page says {@code sv}, the archive copy names the country too. */
    static final String LANGUAGE = "sv-SE";

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = withoutSubstitutions(font("DejaVuSans.ttf"));
    private static final byte[] BOLD = withoutSubstitutions(font("DejaVuSans-Bold.ttf"));
    /** The JDK's own sRGB profile: the colours the page uses, embedded as PDF/A's output intent. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfRenderer() {
    }

    public static byte[] render(Report report) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_2_B)
                .useColorProfile(SRGB)
                .useSVGDrawer(new BatikSVGDrawer())
                .useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .withProducer("RUS reporting-service")
                .withHtmlContent(HtmlRenderer.pdfPage(report), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            document.getDocumentCatalog().setLanguage(LANGUAGE);
            document.getDocumentCatalog().setPageLabels(pageLabels(document));
            document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            describeLinks(document);
            renderer.getPdfDocument().save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF of " + report.year() + " could not be written", e);
        }
        return out.toByteArray();
    }

    /**
     * PDF/UA asks every link for a description (its Contents): where it leads, the page of a contents entry or the
     * address of a web link.
     */
    private static void describeLinks(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(description(link));
                }
            }
        }
    }

    private static String description(PDAnnotationLink link) throws IOException {
        if (link.getAction() instanceof PDActionURI uri) {
            return "Länk till " + uri.getURI();
        }
        PDDestination destination = link.getDestination();
        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDPageDestination page && page.retrievePageNumber() >= 0) {
            return "Gå till sidan " + (page.retrievePageNumber() + 1);
        }
        return "Gå till avsnittet";
    }

    /** A reader's page box shows the number the footer prints: 1, 2, 3 … from the cover on. */
    private static PDPageLabels pageLabels(PDDocument document) throws IOException {
        PDPageLabels labels = new PDPageLabels(document);
        PDPageLabelRange decimal = new PDPageLabelRange();
        decimal.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(0, decimal);
        return labels;
    }

    /**
     * The font without its glyph substitution table (GSUB): PDFBox applies the table's ligatures when it writes text,
     * and the PDF's text then holds U+FB01 for "fi", so a search for "medfinansiering" finds nothing. The table's
     * entry in the font's directory is renamed, so nothing reads it; the embedded subset never carries it anyway.
     * Swedish text needs no substitution.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (copy[entry] == 'G' && copy[entry + 1] == 'S' && copy[entry + 2] == 'U' && copy[entry + 3] == 'B') {
                copy[entry] = 'x';
            }
        }
        return copy;
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
