package se.rus.platform.csv;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CSV writer of the suite: a header row, then rows, in a {@link CsvDialect}. A field is quoted when it
 * holds the separator, a quote or a line break (quotes doubled, RFC 4180). Numbers ({@link BigDecimal}, other
 * {@link Number}s) take the dialect's decimal separator. In {@code excel-sv}, text that a spreadsheet would run as
 * a formula (starting with {@code = + - @}) gets a leading apostrophe; programs reading {@code rfc4180} get the
 * text as it is. Everything else is written by {@code toString()}, null as an empty field.
 */
public final class CsvWriter {

    /** The media type of every CSV the suite serves. */
    public static final String MEDIA_TYPE = "text/csv";
    public static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";

    private final CsvDialect dialect;
    private final StringBuilder text = new StringBuilder();

    public CsvWriter(CsvDialect dialect, List<String> header) {
        this.dialect = dialect;
        row(header.toArray());
    }

    public CsvWriter row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(dialect.separator);
            }
            text.append(field(fields[i]));
        }
        text.append("\r\n");
        return this;
    }

    /** The text without a byte order mark, whatever the dialect. */
    public String text() {
        return text.toString();
    }

    /** The file: UTF-8, with the byte order mark when the dialect has one. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        if (dialect.byteOrderMark) {
            out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String field(Object value) {
        if (value == null) {
            return "";
        }
        String written;
        if (value instanceof BigDecimal decimal) {
            written = decimal.toPlainString().replace('.', dialect.decimalSeparator);
        } else if (value instanceof Double || value instanceof Float) {
            written = BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString()
                    .replace('.', dialect.decimalSeparator);
        } else if (value instanceof String string) {
            written = dialect == CsvDialect.EXCEL_SV && !string.isEmpty() && "=+-@".indexOf(string.charAt(0)) >= 0
                    ? "'" + string : string;
        } else {
            written = value.toString();
        }
        if (written.indexOf(dialect.separator) >= 0 || written.indexOf('"') >= 0 || written.indexOf('\n') >= 0
                || written.indexOf('\r') >= 0) {
            return '"' + written.replace("\"", "\"\"") + '"';
        }
        return written;
    }
}
