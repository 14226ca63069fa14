package se.rus.finance.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes SIE type 4 (verifications), the Swedish accounting exchange format: one #VER per ledger
 * entry, balanced by a #TRANS on the counter account, encoded in CP437 as the format prescribes.
 */
public final class SieFile {

    public static final Charset CP437 = Charset.forName("IBM437");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public record Transaction(String account, BigDecimal amount) {
    }

    public record Verification(int number, LocalDate date, String text, List<Transaction> transactions) {
    }

    /** {@code accounts} in the order they are to be listed, account number to name. */
    public record Document(String program, String programVersion, LocalDate generated, String companyName, int year,
                           Map<String, String> accounts, List<Verification> verifications) {
    }

    private SieFile() {
    }

    public static byte[] encode(Document document) {
        return write(document).getBytes(CP437);
    }

    public static String write(Document document) {
        StringBuilder sie = new StringBuilder();
        line(sie, "#FLAGGA 0");
        line(sie, "#FORMAT PC8");
        line(sie, "#SIETYP 4");
        line(sie, "#PROGRAM " + quote(document.program()) + " " + quote(document.programVersion()));
        line(sie, "#GEN " + DATE.format(document.generated()));
        line(sie, "#FNAMN " + quote(document.companyName()));
        line(sie, "#RAR 0 " + document.year() + "0101 " + document.year() + "1231");
        line(sie, "#VALUTA SEK");
        document.accounts().forEach((number, name) -> line(sie, "#KONTO " + number + " " + quote(name)));
        for (Verification verification : document.verifications()) {
            BigDecimal balance = verification.transactions().stream().map(Transaction::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (balance.signum() != 0) {
                throw new IllegalArgumentException("verification " + verification.number() + " does not balance");
            }
            String date = DATE.format(verification.date());
            line(sie, "#VER \"A\" " + verification.number() + " " + date + " " + quote(verification.text()));
            line(sie, "{");
            for (Transaction transaction : verification.transactions()) {
                line(sie, "#TRANS " + transaction.account() + " {} " + amount(transaction.amount()) + " " + date + " "
                        + quote(verification.text()));
            }
            line(sie, "}");
        }
        return sie.toString();
    }

    private static void line(StringBuilder sie, String line) {
        sie.append(line).append("\r\n");
    }

    private static String amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** SIE strings are quoted with '\"' escaped; characters CP437 lacks are replaced by their nearest kin. */
    static String quote(String text) {
        String plain = (text == null ? "" : text)
                .replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u2019', '\'')
                .replace('\u00A0', ' ')
                .replaceAll("[\\r\\n\\t]+", " ");
        return "\"" + plain.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
