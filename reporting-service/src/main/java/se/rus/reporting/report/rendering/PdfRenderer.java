package se.rus.reporting.report.rendering;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import se.rus.platform.text.TextBlock;
import se.rus.reporting.report.Report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The report as PDF (OpenPDF): the same text as the HTML, with the charts drawn natively as vectors. */
public final class PdfRenderer {

    private final BaseFont regular;
    private final BaseFont bold;
    private final Font body;
    private final Font bodyBold;
    private final Font small;
    private final Font smallBold;
    private final Font h1;
    private final Font h2;
    private final Font h3;
    private final Font h4;

    private PdfRenderer() {
        try {
            // CP1252 covers å, ä, ö, §, the en dash and the non-breaking space of the Swedish number format
            regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        body = new Font(regular, 10);
        bodyBold = new Font(bold, 10);
        small = new Font(regular, 8.5f);
        smallBold = new Font(bold, 8.5f);
        h1 = new Font(bold, 18);
        h2 = new Font(bold, 14);
        h3 = new Font(bold, 12);
        h4 = new Font(bold, 10.5f);
    }

    public static byte[] render(Report report) {
        return new PdfRenderer().write(report);
    }

    private byte[] write(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // a chart that does not fit the page stays where it is in the text instead of floating below what follows
            writer.setStrictImageSequence(true);
            document.addTitle(Wording.title(report));
            document.addSubject(MarkdownRenderer.statusLine(report));
            document.addCreator("RUS reporting-service");
            document.open();
            front(document, writer, report);
            economy(document, writer, report);
            document.newPage();
            appendix1(document, report);
            document.newPage();
            appendix2(document, writer, report);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report cannot be laid out as PDF", e);
        }
        return out.toByteArray();
    }

    private void front(Document d, PdfWriter writer, Report report) {
        d.add(heading(Wording.title(report), h1));
        d.add(new Paragraph(MarkdownRenderer.statusLine(report), small));
        text(d, report.approvalLine());
        blocks(d, report.introduction());
        d.add(heading(Wording.MAIN_ACTIVITIES, h2));
        blocks(d, report.mainActivities());
        if (!report.highlights().isEmpty()) {
            if (Wording.needsHighlightsLead(report)) {
                text(d, Wording.HIGHLIGHTS);
            }
            report.highlights().forEach(item -> bullet(d, item));
        }
        blocks(d, report.closingAssessment());
        d.add(heading(Wording.outcomesHeading(report), h2));
        for (Report.Area area : report.areas()) {
            d.add(heading(area.name(), h3));
            for (Wording.StatusGroup group : Wording.statusGroups(area)) {
                text(d, group.lead());
                group.activities().forEach(a -> bullet(d, Wording.listItem(a)));
            }
        }
        headedTable(d, writer, Wording.PLANNED_DAYS, Wording.plannedDaysTable(report));
        chart(d, writer, Charts.plannedDays(report));
    }

    private void economy(Document d, PdfWriter writer, Report report) {
        Report.Economy economy = report.economy();
        d.add(heading(Wording.ECONOMY, h2));
        List<String> header = Wording.economyHeader(report);
        // up to five figure columns must stay one line each, so the comment gives way when last year is shown
        float[] widths = new float[header.size() + 1];
        Arrays.fill(widths, 2.7f);
        widths[0] = 2.5f;
        widths[header.size()] = Wording.showsPreviousYear(report) ? 3 : 5;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (int column = 0; column < header.size(); column++) {
            table.addCell(cell(header.get(column), bodyBold, column == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
        }
        table.addCell(cell("Kommentar", bodyBold, Element.ALIGN_LEFT));
        for (Report.Post post : economy.posts()) {
            table.addCell(cell(post.name(), small, Element.ALIGN_LEFT));
            Wording.postFigures(report, post).forEach(figure -> table.addCell(cell(figure, small, Element.ALIGN_RIGHT)));
            table.addCell(cell(Blocks.inline(post.comment()), small, Element.ALIGN_LEFT));
        }
        table.addCell(cell(Wording.SUM_ROW, bodyBold, Element.ALIGN_LEFT));
        Wording.sumFigures(report).forEach(figure -> table.addCell(cell(figure, smallBold, Element.ALIGN_RIGHT)));
        table.addCell(cell(String.join(" ", Wording.economySummary(report)), small, Element.ALIGN_LEFT));
        table.setSpacingBefore(6);
        d.add(table);
        // beside the table it illustrates; last in the section it was left alone on a page before Bilaga 1
        chart(d, writer, Charts.budgetAndOutcome(report));
        if (!economy.coFinancing().isEmpty()) {
            headedTable(d, writer, Wording.CO_FINANCING, Wording.fundsTable(economy.coFinancing(), economy.totalCoFinancing()));
        }
        Wording.resultAfterCoFinancing(report).forEach(line -> text(d, line));
        if (!economy.outsideFunds().isEmpty()) {
            headedTable(d, writer, Wording.OUTSIDE_FUNDS, Wording.fundsTable(economy.outsideFunds(), economy.totalOutsideFunds()));
            text(d, Wording.OUTSIDE_FUNDS_NOTE);
        }
    }

    /**
     * A small table under its heading, both on one page: split, the sum row was left alone on the next
     * page under a repeated header, and the heading alone at the foot of the previous one.
     */
    private void headedTable(Document d, PdfWriter writer, String heading, Table content) {
        Paragraph title = heading(heading, h3);
        PdfPTable table = table(content);
        table.setTotalWidth(d.right() - d.left());
        // the estimate leaves a margin of two body lines: OpenPDF places the first line by its ascender
        float needed = title.getSpacingBefore() + title.getTotalLeading() + title.getSpacingAfter()
                + table.spacingBefore() + table.getTotalHeight() + 2 * body.getSize();
        float left = writer.getVerticalPosition(true) - d.bottom();
        if (needed > left && needed < d.top() - d.bottom()) {
            d.newPage();
        }
        d.add(title);
        d.add(table);
    }

    private PdfPTable table(Table content) {
        // figures need one line, a naming column a little more, a describing column the rest
        float[] widths = new float[content.header().size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = content.isFigure(column) ? 2 : column == 0 ? 3 : 5;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (int column = 0; column < content.header().size(); column++) {
            table.addCell(cell(content.header().get(column), bodyBold, alignment(content, column)));
        }
        for (int r = 0; r < content.rows().size(); r++) {
            Font font = content.lastRowIsSum() && r == content.rows().size() - 1 ? smallBold : small;
            List<String> row = content.rows().get(r);
            for (int column = 0; column < row.size(); column++) {
                table.addCell(cell(row.get(column), font, alignment(content, column)));
            }
        }
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        return table;
    }

    private static int alignment(Table table, int column) {
        return table.isFigure(column) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    }

    private void appendix1(Document d, Report report) {
        d.add(heading(Wording.APPENDIX_1, h2));
        for (Report.Area area : report.areas()) {
            d.add(heading(area.name(), h3));
            d.add(heading(Wording.RESOURCES, h4));
            text(d, Wording.areaDaysLine(report, area));
            text(d, area.resourceNote());
            blocks(d, area.followUpNote());
            d.add(heading(Wording.ACTIVITY_FOLLOW_UP, h4));
            for (Report.Activity activity : area.activities()) {
                d.add(heading(Wording.appendixHeading(activity), h4));
                Paragraph meta = new Paragraph(Wording.plannedDaysLine(activity), body);
                String extra = Wording.extraDaysLine(activity);
                if (extra != null) {
                    meta.add(Chunk.NEWLINE);
                    meta.add(new Chunk(extra, body));
                }
                meta.add(Chunk.NEWLINE);
                meta.add(new Chunk(Wording.statusSentence(activity.status()), body));
                d.add(meta);
                blocks(d, activity.narrative());
            }
        }
    }

    private void appendix2(Document d, PdfWriter writer, Report report) {
        d.add(heading(Wording.appendix2Heading(report), h2));
        text(d, "Värdering:");
        Wording.VALUATION_SCALE.forEach(line -> text(d, line));
        Wording.noGoals(report).ifPresent(line -> text(d, line));
        chart(d, writer, Charts.valuations(report));
        String currentArea = null;
        for (Report.Goal goal : report.goals()) {
            if (!goal.area().equals(currentArea)) {
                currentArea = goal.area();
                d.add(heading(currentArea, h3));
            }
            bullet(d, goal.text());
            Paragraph followUp = new Paragraph(String.join(" ", List.of(Wording.valuationLine(report, goal),
                    Blocks.inline(goal.followUp()), Wording.comparison(goal))).trim(), body);
            followUp.setIndentationLeft(14);
            followUp.setSpacingAfter(4);
            d.add(followUp);
        }
    }

    /** Draws the chart from the same layout as the SVG; PDF's y axis grows upwards, so y is flipped. */
    private void chart(Document d, PdfWriter writer, Optional<BarChart> maybeChart) {
        if (maybeChart.isEmpty()) {
            return;
        }
        ChartLayout.Layout layout = ChartLayout.of(maybeChart.get());
        int height = ChartLayout.HEIGHT;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate t = canvas.createTemplate(ChartLayout.WIDTH, height);
        t.setColorStroke(new Color(0x33, 0x33, 0x33));
        t.moveTo(ChartLayout.LEFT, height - ChartLayout.TOP);
        t.lineTo(ChartLayout.LEFT, height - ChartLayout.BASELINE);
        t.lineTo(ChartLayout.WIDTH - ChartLayout.RIGHT, height - ChartLayout.BASELINE);
        t.stroke();
        for (ChartLayout.Bar bar : layout.bars()) {
            t.setColorFill(Color.decode(ChartLayout.COLOURS[bar.series() % ChartLayout.COLOURS.length]));
            t.rectangle(bar.x(), height - bar.y() - bar.height(), bar.width(), bar.height());
            t.fill();
        }
        for (int s = 0; s < layout.legend().size(); s++) {
            ChartLayout.Label label = layout.legend().get(s);
            t.setColorFill(Color.decode(ChartLayout.COLOURS[s % ChartLayout.COLOURS.length]));
            t.rectangle(label.x(), height - label.y(), 12, 12);
            t.fill();
        }
        t.setColorFill(Color.BLACK);
        t.beginText();
        t.setFontAndSize(bold, 13);
        t.showTextAligned(PdfContentByte.ALIGN_LEFT, maybeChart.get().title(), ChartLayout.LEFT, height - 22, 0);
        t.setFontAndSize(regular, 9);
        for (ChartLayout.Label tick : layout.ticks()) {
            t.showTextAligned(PdfContentByte.ALIGN_RIGHT, tick.text(), tick.x(), height - tick.y() - 3, 0);
        }
        for (ChartLayout.Label label : layout.valueLabels()) {
            t.showTextAligned(PdfContentByte.ALIGN_CENTER, label.text(), label.x(), height - label.y(), 0);
        }
        for (ChartLayout.Label label : layout.groupLabels()) {
            t.showTextAligned(PdfContentByte.ALIGN_CENTER, label.text(), label.x(), height - label.y(), 0);
        }
        for (ChartLayout.Label label : layout.legend()) {
            t.showTextAligned(PdfContentByte.ALIGN_LEFT, label.text(), label.x() + 16, height - label.y(), 0);
        }
        t.endText();
        Image image = Image.getInstance(t);
        image.scaleToFit(d.getPageSize().getWidth() - d.leftMargin() - d.rightMargin(), 260);
        image.setSpacingBefore(8);
        image.setSpacingAfter(8);
        d.add(image);
    }

    private PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private Paragraph heading(String text, Font font) {
        Paragraph heading = new Paragraph(text, font);
        heading.setSpacingBefore(font.getSize() * 0.8f);
        heading.setSpacingAfter(4);
        heading.setKeepTogether(true);
        return heading;
    }

    private void text(Document d, String text) {
        if (text != null && !text.isBlank()) {
            Paragraph paragraph = new Paragraph(text, body);
            paragraph.setSpacingAfter(5);
            d.add(paragraph);
        }
    }

    private void bullet(Document d, String text) {
        Paragraph item = new Paragraph("• " + text, body);
        item.setIndentationLeft(14);
        item.setFirstLineIndent(-8);
        d.add(item);
    }

    private void blocks(Document d, List<TextBlock> blocks) {
        if (blocks == null) {
            return;
        }
        for (TextBlock block : blocks) {
            if (block.kind() == TextBlock.Kind.BULLETS) {
                if (block.items() != null) {
                    block.items().forEach(item -> bullet(d, item));
                }
            } else {
                text(d, block.text());
            }
        }
    }
}
