package se.rus.reporting.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Swedish display of numbers: {@code 4 945 601,42} with a non-breaking space between thousands. */
public final class SwedishFormat {

    public static final char NBSP = '\u00A0';

    private SwedishFormat() {
    }

    /** Kronor with öre, always two decimals. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_EVEN);
        String plain = scaled.abs().toPlainString();
        int dot = plain.indexOf('.');
        return (scaled.signum() < 0 ? "-" : "") + group(plain.substring(0, dot)) + "," + plain.substring(dot + 1);
    }

    /** Days without needless decimals: {@code 119}, {@code 12,5}. */
    public static String days(BigDecimal days) {
        if (days == null) {
            return "";
        }
        String plain = days.stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        return dot < 0 ? group(plain) : group(plain.substring(0, dot)) + "," + plain.substring(dot + 1);
    }

    /**
     * Reads a Swedish figure back ({@code -4 945 601,42}, grouped with spaces or non-breaking spaces);
     * the scale is kept, so {@code parse(money(x))} equals {@code x} with two decimals.
     */
    public static BigDecimal parse(String text) {
        String plain = text.trim().replace(String.valueOf(NBSP), "").replace(" ", "").replace(',', '.');
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException("inte ett tal i svenskt format: " + text);
        }
        return new BigDecimal(plain);
    }

    private static String group(String digits) {
        boolean negative = digits.startsWith("-");
        String body = negative ? digits.substring(1) : digits;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            if (i > 0 && (body.length() - i) % 3 == 0) {
                out.append(NBSP);
            }
            out.append(body.charAt(i));
        }
        return (negative ? "-" : "") + out;
    }
}
