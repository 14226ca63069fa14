package se.rus.platform.years;

/**
 * The years the suite keeps data for, the one year rule of every service: a year outside it is a year that does
 * not exist here (404 in a path), and a date in a body outside it is invalid (400), never a row for the year 0.
 */
public final class SupportedYears {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    private SupportedYears() {
    }

    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }
}
