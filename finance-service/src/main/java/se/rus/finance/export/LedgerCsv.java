package se.rus.finance.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The ledger as CSV for Swedish spreadsheets: ';' between fields, decimal comma, CRLF, and a
 * UTF-8 byte order mark so Excel shows å, ä and ö. Text that a spreadsheet would run as a formula
 * gets a leading apostrophe.
 */
public final class LedgerCsv {

    public static final String HEADER =
            "Datum;Post;Belopp;Text;Motpart;Kategori;Aktivitet;Extern referens;Verifikation";

    public record Line(LocalDate entryDate, String postName, BigDecimal amount, String text, String counterpart,
                       String category, UUID activityId, String externalRef, UUID id) {
    }

    private LedgerCsv() {
    }

    public static byte[] encode(List<Line> lines) {
        return ("\uFEFF" + write(lines)).getBytes(StandardCharsets.UTF_8);
    }

    public static String write(List<Line> lines) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Line line : lines) {
            csv.append(line.entryDate()).append(';')
                    .append(field(line.postName())).append(';')
                    .append(line.amount().setScale(2).toPlainString().replace('.', ',')).append(';')
                    .append(field(line.text())).append(';')
                    .append(field(line.counterpart())).append(';')
                    .append(line.category()).append(';')
                    .append(line.activityId() == null ? "" : line.activityId()).append(';')
                    .append(field(line.externalRef())).append(';')
                    .append(line.id()).append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
