package se.rus.reporting.rendering;

import se.rus.platform.text.TextBlock;

import java.util.List;
import java.util.stream.Collectors;

/** Structured text (paragraphs and bullet lists) in each output form. */
final class Blocks {

    private Blocks() {
    }

    static boolean isEmpty(List<TextBlock> blocks) {
        return blocks == null || blocks.isEmpty();
    }

    static String markdown(List<TextBlock> blocks) {
        if (isEmpty(blocks)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (TextBlock block : blocks) {
            if (block.kind() == TextBlock.Kind.BULLETS) {
                for (String item : block.items() == null ? List.<String>of() : block.items()) {
                    out.append("- ").append(Markdown.escape(item)).append('\n');
                }
                out.append('\n');
            } else {
                out.append(Markdown.escape(block.text())).append("\n\n");
            }
        }
        return out.toString();
    }

    static String html(List<TextBlock> blocks) {
        if (isEmpty(blocks)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (TextBlock block : blocks) {
            if (block.kind() == TextBlock.Kind.BULLETS) {
                out.append("<ul>");
                for (String item : block.items() == null ? List.<String>of() : block.items()) {
                    out.append("<li>").append(Html.escape(item)).append("</li>");
                }
                out.append("</ul>\n");
            } else {
                out.append("<p>").append(Html.escape(block.text())).append("</p>\n");
            }
        }
        return out.toString();
    }

    /** One line, for table cells and list items: paragraphs in a row, list items after dashes. */
    static String inline(List<TextBlock> blocks) {
        if (isEmpty(blocks)) {
            return "";
        }
        return blocks.stream()
                .map(block -> block.kind() == TextBlock.Kind.BULLETS
                        ? (block.items() == null ? "" : block.items().stream().map(i -> "– " + i).collect(Collectors.joining(" ")))
                        : block.text() == null ? "" : block.text())
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" "));
    }
}
