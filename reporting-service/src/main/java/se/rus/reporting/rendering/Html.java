package se.rus.reporting.rendering;

/** Escaping for text placed in HTML and SVG; figures in it are kept whole ({@link Typography}). */
final class Html {

    private Html() {
    }

    /**
     * Escapes markup and drops the characters XML cannot carry (control characters, lone surrogates):
     * the page is also parsed as XHTML to lay out the PDF, and a browser would not show them either.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        text = Typography.keepFiguresWhole(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF && !(c >= 0x7F && c <= 0x9F))
                || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** A CSS string literal (the running footer's content): quotes, backslashes and markup characters escaped. */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : escape(text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace("&quot;", "\"").replace("&#39;", "'").toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\n' || c == '\r') {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
