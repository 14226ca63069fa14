package se.rus.planning.common;

import java.math.BigDecimal;

/** Working-group days: exact decimals, written without trailing zeros so 119.00 and 119 are one value. */
public final class Days {

    private Days() {
    }

    public static BigDecimal normalise(BigDecimal days) {
        if (days == null) {
            return null;
        }
        BigDecimal stripped = days.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
