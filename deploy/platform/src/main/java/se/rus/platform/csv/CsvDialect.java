package se.rus.platform.csv;

import se.rus.platform.web.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The two CSV dialects every CSV of the suite offers ({@code ?dialect=}): {@code excel-sv} for a Swedish
 * spreadsheet (semicolon, decimal comma, UTF-8 with a byte order mark, so Excel shows å, ä and ö and opens the
 * columns as columns) and {@code rfc4180} for programs (comma, decimal point, UTF-8 without BOM). Both end lines
 * with CRLF and have one header row.
 */
public enum CsvDialect {
    EXCEL_SV("excel-sv", ';', ',', true),
    RFC4180("rfc4180", ',', '.', false);

    /** The query parameter that chooses the dialect. */
    public static final String PARAMETER = "dialect";

    private final String parameterValue;
    final char separator;
    final char decimalSeparator;
    final boolean byteOrderMark;

    CsvDialect(String parameterValue, char separator, char decimalSeparator, boolean byteOrderMark) {
        this.parameterValue = parameterValue;
        this.separator = separator;
        this.decimalSeparator = decimalSeparator;
        this.byteOrderMark = byteOrderMark;
    }

    public String parameterValue() {
        return parameterValue;
    }

    /** The dialect {@code value} names, {@code fallback} when none is named, else a 400 naming {@code dialect}. */
    public static CsvDialect of(String value, CsvDialect fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        return Arrays.stream(values()).filter(d -> d.parameterValue.equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(PARAMETER, "okänd CSV-dialekt; tillåtna: "
                        + Arrays.stream(values()).map(CsvDialect::parameterValue).collect(Collectors.joining(", "))));
    }
}
