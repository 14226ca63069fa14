package se.rus.finance.export;

import se.rus.platform.csv.CsvDialect;
import se.rus.platform.csv.CsvWriter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The ledger as CSV, one row per entry in the platform's {@link CsvWriter}: by default for Swedish spreadsheets
 * ({@code excel-sv}: ';' between fields, decimal comma, a byte order mark, formula-like text with a leading
 * apostrophe), or for programs ({@code rfc4180}). Amounts always with two decimals.
 */
public final class LedgerCsv {

    public static final List<String> HEADER = List.of(
            "Datum", "Post", "Belopp", "Text", "Motpart", "Kategori", "Aktivitet", "Extern referens", "Verifikation");

    public record Line(LocalDate entryDate, String postName, BigDecimal amount, String text, String counterpart,
                       String category, UUID activityId, String externalRef, UUID id) {
    }

    private LedgerCsv() {
    }

    public static CsvWriter write(List<Line> lines, CsvDialect dialect) {
        CsvWriter csv = new CsvWriter(dialect, HEADER);
        for (Line line : lines) {
            csv.row(line.entryDate(), line.postName(), line.amount().setScale(2), line.text(), line.counterpart(),
                    line.category(), line.activityId(), line.externalRef(), line.id());
        }
        return csv;
    }
}
