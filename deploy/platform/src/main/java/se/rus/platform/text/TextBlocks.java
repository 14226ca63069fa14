package se.rus.platform.text;

import se.rus.platform.web.ProblemException;

import java.util.List;

/** The rule on structured text that Bean Validation on {@link TextBlock} cannot express, the same in every service. */
public final class TextBlocks {

    private TextBlocks() {
    }

    /** Empty for {@code null}; a 400 naming the block (e.g. {@code narrative[1]}) when it is not a proper paragraph or list. */
    public static List<TextBlock> requireWellFormed(String field, List<TextBlock> blocks) {
        if (blocks == null) {
            return List.of();
        }
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (block == null || !block.isWellFormed()) {
                throw ProblemException.invalid(field + "[" + i + "]",
                        "ett PARAGRAPH-block ska ha text och inga items, ett BULLETS-block ska ha items och ingen text");
            }
        }
        return List.copyOf(blocks);
    }
}
