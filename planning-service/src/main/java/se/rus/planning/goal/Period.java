package se.rus.planning.goal;

import se.rus.platform.web.ProblemException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A goal period such as 2022–2024, written {@code 2022-2024} in paths. */
public record Period(int start, int end) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    public Period {
        if (start > end) {
            throw ProblemException.invalid("period", "perioden får inte sluta (" + end + ") innan den börjar (" + start + ")");
        }
    }

    public static Period parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw ProblemException.invalid("period", "ska skrivas ÅÅÅÅ-ÅÅÅÅ, t.ex. 2022-2024");
        }
        return new Period(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /**
     * The three-year goal period a year belongs to. RUS's periods are consecutive blocks aligned with 2022–2024
     * (…, 2019–2021, 2022–2024, 2025–2027, …), so a new plan year's period follows from the year alone.
     */
    public static Period containing(int year) {
        int start = 2022 + 3 * Math.floorDiv(year - 2022, 3);
        return new Period(start, start + 2);
    }

    /** Goal events are keyed by the period's end year, so they stay in order with that year's plan. */
    public String eventKey() {
        return Integer.toString(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
