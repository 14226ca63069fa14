package se.rus.followup.text;

import se.rus.platform.text.TextBlock;
import se.rus.platform.web.ProblemException;

import java.util.List;

/** Rules for structured text that bean validation cannot express on a record from the platform. */
public final class TextBlocks {

    private TextBlocks() {
    }

    /** 400 naming e.g. {@code narrative[1]} when a block is not a proper paragraph or bullet list. */
    public static List<TextBlock> requireWellFormed(String field, List<TextBlock> blocks) {
        if (blocks == null) {
            return List.of();
        }
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (block == null || !block.isWellFormed()) {
                throw ProblemException.invalid(field + "[" + i + "]",
                        "ett PARAGRAPH-block ska ha text och inga items; ett BULLETS-block ska ha items och ingen text");
            }
        }
        return List.copyOf(blocks);
    }
}
