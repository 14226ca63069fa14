package se.rus.reporting.projection;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The report years one applied event can change. A year's report reads its own rows, year − 1's areas and posts
 * (the comparison columns) and the goals and valuations of the period containing it, including the valuations of
 * the goals its goals continue; so a change to year y's areas or posts also changes y + 1's report, and a goal or
 * valuation every year of its period (and of the periods of goals continuing it).
 */
public final class AffectedYears {

    /** The years the API has reports for; a period outside them changes no report. */
    static final int FIRST = 2000;
    static final int LAST = 2100;

    private final SortedSet<Integer> years = new TreeSet<>();

    void year(int year) {
        years.add(year);
    }

    /** A row year − 1's report compares with. */
    void yearAndNext(int year) {
        years.add(year);
        years.add(year + 1);
    }

    void period(int start, int end) {
        for (int year = Math.max(start, FIRST); year <= Math.min(end, LAST); year++) {
            years.add(year);
        }
    }

    /** Ascending: every transaction locks the version rows in the same order, so two never deadlock. */
    SortedSet<Integer> years() {
        return years;
    }
}
