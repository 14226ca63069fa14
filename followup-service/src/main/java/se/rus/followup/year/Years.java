package se.rus.followup.year;

import se.rus.platform.web.ProblemException;

/**
 * The years the suite keeps data for. Like planning and finance, which answer 404 for a year they have
 * nothing of, a year outside this range is simply a year that does not exist here: 404, never a 500 or
 * a row written for the year 20240.
 */
public final class Years {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    private Years() {
    }

    public static boolean supported(int year) {
        return year >= FIRST && year <= LAST;
    }

    public static ProblemException notFound(int year) {
        return ProblemException.notFound("Året " + year + " finns inte: tjänsten har bara år " + FIRST + "–" + LAST);
    }
}
