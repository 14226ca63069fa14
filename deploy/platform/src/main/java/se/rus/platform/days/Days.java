package se.rus.platform.days;

import java.math.BigDecimal;

/**
 * Working-group days: exact decimals stored with two decimals (numeric(7,2) in planning, numeric(9,2) elsewhere) but
 * shown as the number they are, so 119.00 and 119 are one value and 12.50 days is 12.5. Planning, follow-up and the
 * report all speak of days this way.
 */
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
