package se.rus.finance.post;

import se.rus.platform.text.TextBlock;
import se.rus.platform.web.ProblemException;

import java.util.List;

/** Rules for structured text that bean validation on the record cannot express. */
public final class TextBlocks {

    private TextBlocks() {
    }

    /** Empty for {@code null}; 400 naming the block when a paragraph lacks text or a list lacks items. */
    public static List<TextBlock> wellFormed(String field, List<TextBlock> blocks) {
        if (blocks == null) {
            return List.of();
        }
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (block == null || !block.isWellFormed()) {
                throw ProblemException.invalid(field + "[" + i + "]",
                        "ett PARAGRAPH-block ska ha text och inga items, ett BULLETS-block items och ingen text");
            }
        }
        return List.copyOf(blocks);
    }
}
