package se.rus.reporting.rendering;

import java.util.regex.Pattern;

/**
 * What keeps a figure whole on the page and findable in the text: a no-break space inside an amount and before its
 * unit ("63 000 kr" never breaks after "63"), and a true minus sign (U+2212) before a negative figure. Applied to
 * every rendered text, the working group's comments included; the JSON keeps its plain digits and '-'.
 */
final class Typography {

    static final char NBSP = '\u00A0';
    static final char MINUS = '\u2212';

    /** A space between digit groups: "63 000", "4 945 601,42". */
    private static final Pattern GROUP_SPACE = Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))");
    /** A space between a figure and its unit: "63 000 kr", "21 dagar", "4,5 milj. kr". */
    private static final Pattern UNIT_SPACE = Pattern.compile(
            "(?<=\\d) (?=(?:kr|kronor|tkr|dagar|arbetsdagar|milj\\.|mnkr|procent|%)(?![\\p{L}]))");
    /** "milj. kr": the unit after an abbreviation stays with it. */
    private static final Pattern ABBREVIATED_UNIT = Pattern.compile("(?<=milj\\.) (?=kr)");
    /** A hyphen standing for minus: before a figure, at the start or after a space or an opening bracket. */
    private static final Pattern HYPHEN_MINUS = Pattern.compile("(?<=^|[\\s(\\u00A0])-(?=\\d)");

    private Typography() {
    }

    static String keepFiguresWhole(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String kept = GROUP_SPACE.matcher(text).replaceAll(String.valueOf(NBSP));
        kept = UNIT_SPACE.matcher(kept).replaceAll(String.valueOf(NBSP));
        kept = ABBREVIATED_UNIT.matcher(kept).replaceAll(String.valueOf(NBSP));
        return HYPHEN_MINUS.matcher(kept).replaceAll(String.valueOf(MINUS));
    }
}
