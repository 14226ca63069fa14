package se.rus.followup.year;

import se.rus.platform.web.ProblemException;
import se.rus.platform.years.SupportedYears;

/**
 * The years the suite keeps data for. Like planning and finance, which answer 404 for a year they have
 * nothing of, a year outside this range is simply a year that does not exist here: 404, never a 500 or
 * a row written for the year 20240.
 */
public final class Years {

    public static final int FIRST = SupportedYears.FIRST;
    public static final int LAST = SupportedYears.LAST;

    private Years() {
    }

    public static boolean supported(int year) {
        return SupportedYears.contains(year);
    }

    public static ProblemException notFound(int year) {
        return ProblemException.notFound("Året " + year + " finns inte: tjänsten har bara år " + FIRST + "–" + LAST);
    }
}
