package se.rus.reporting.rendering;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
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
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
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
            renderer.getPdfDocument().save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF of " + report.year() + " could not be written", e);
        }
        return out.toByteArray();
    }

    /** A reader's page box shows the number the footer prints: 1, 2, 3 … from the cover on. */
    private static PDPageLabels pageLabels(PDDocument document) throws IOException {
        PDPageLabels labels = new PDPageLabels(document);
        PDPageLabelRange decimal = new PDPageLabelRange();
        decimal.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(0, decimal);
        return labels;
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
