package se.rus.reporting.rendering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for text placed in Markdown: what people wrote shows as written and formats nothing. Emphasis,
 * code, links, HTML, headings, quotes, table pipes and entities are backslash-escaped wherever they stand;
 * list markers, setext underlines and indented code only mean something at the start of a line, so they are
 * escaped (or the indentation dropped) only there.
 */
final class Markdown {

    private static final Pattern INDENT = Pattern.compile("(?m)^[ \\t]+");
    private static final Pattern LINE_START = Pattern.compile("(?m)^(?:([-+=])|(\\d{1,9})([.)]))");
    private static final Pattern ENTITY = Pattern.compile("&(?=[A-Za-z0-9#])");

    private Markdown() {
    }

    static String escape(String text) {
        Matcher start = LINE_START.matcher(INDENT.matcher(inline(text)).replaceAll(""));
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length() + 8);
        while (start.find()) {
            String replacement = start.group(1) != null
                    ? "\\" + start.group(1)
                    : start.group(2) + "\\" + start.group(3);
            start.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        start.appendTail(out);
        return out.toString();
    }

    /** For a table cell, which is one line: nothing in it stands at the start of a line. */
    static String cell(String text) {
        return inline(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String inline(String text) {
        if (text == null) {
            return "";
        }
        text = Typography.keepFiguresWhole(text);
        StringBuilder inline = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                inline.append('\\');
            }
            inline.append(c);
        }
        return ENTITY.matcher(inline).replaceAll("\\\\&");
    }
}
