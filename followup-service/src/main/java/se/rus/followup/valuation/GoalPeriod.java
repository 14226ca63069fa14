package se.rus.followup.valuation;

import se.rus.followup.year.Years;
import se.rus.platform.web.ProblemException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A goal period as it appears in paths: {@code 2022-2024}. */
public record GoalPeriod(int start, int end) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    public static GoalPeriod parse(String period) {
        Matcher matcher = FORMAT.matcher(period == null ? "" : period);
        if (!matcher.matches()) {
            throw ProblemException.invalid("period", "ska skrivas som 2022-2024");
        }
        GoalPeriod parsed = new GoalPeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        if (parsed.start > parsed.end) {
            throw ProblemException.invalid("period", "startåret får inte vara efter slutåret");
        }
        if (!Years.supported(parsed.start)) {
            throw Years.notFound(parsed.start);
        }
        if (!Years.supported(parsed.end)) {
            throw Years.notFound(parsed.end);
        }
        return parsed;
    }

    public boolean contains(int year) {
        return start <= year && year <= end;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
