package se.rus.planning.common;

import se.rus.platform.text.TextBlock;
import se.rus.platform.web.ProblemException;

import java.util.List;

/** Structured text must be well formed before it is stored or published. */
public final class TextRules {

    private TextRules() {
    }

    public static List<TextBlock> requireWellFormed(String field, List<TextBlock> blocks) {
        if (blocks == null) {
            return List.of();
        }
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (block == null || !block.isWellFormed()) {
                throw ProblemException.invalid(field + "[" + i + "]",
                        "ett PARAGRAPH-block behöver text och inga items, ett BULLETS-block behöver items och ingen text");
            }
        }
        return List.copyOf(blocks);
    }
}
