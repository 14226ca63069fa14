package se.rus.followup.outcome;

import java.math.BigDecimal;

/** Days are stored as numeric(9,2) but shown as the number they are: 12.50 days is 12.5, 119.00 is 119. */
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
