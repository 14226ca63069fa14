package se.rus.finance.year;

import se.rus.platform.web.ProblemException;

import java.math.BigDecimal;

/** Business rules of a year's funding. */
public final class YearRules {

    private YearRules() {
    }

    /** The key-distributed funds are a part of the appropriation, so they cannot exceed it. */
    public static void requireKeyDistributedWithin(BigDecimal appropriation, BigDecimal keyDistributed) {
        if (keyDistributed.compareTo(appropriation) > 0) {
            throw ProblemException.unprocessable("Nyckelfördelade medel " + keyDistributed.toPlainString()
                    + " överstiger anslaget " + appropriation.toPlainString());
        }
    }
}
