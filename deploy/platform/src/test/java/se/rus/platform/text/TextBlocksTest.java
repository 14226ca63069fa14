package se.rus.platform.text;

import org.junit.jupiter.api.Test;
import se.rus.platform.web.ProblemException;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextBlocksTest {

    @Test
    void wellFormedBlocksAreKeptAndNoneIsEmpty() {
        List<TextBlock> blocks = List.of(TextBlock.paragraph("Har genomförts som planerat."),
                TextBlock.bullets(List.of("Nätverksträffar", "Webbinarier")));
        assertEquals(blocks, TextBlocks.requireWellFormed("narrative", blocks));
        assertEquals(List.of(), TextBlocks.requireWellFormed("narrative", null));
    }

    @Test
    void aBlockThatIsNotAProperParagraphOrListIsABadRequestNamingIt() {
        for (TextBlock bad : Arrays.asList(null, new TextBlock(TextBlock.Kind.PARAGRAPH, " ", null),
                new TextBlock(TextBlock.Kind.PARAGRAPH, "Text", List.of("punkt")), new TextBlock(TextBlock.Kind.BULLETS, null, List.of()),
                new TextBlock(TextBlock.Kind.BULLETS, "Text", List.of("punkt")))) {
            ProblemException problem = assertThrows(ProblemException.class, () -> TextBlocks.requireWellFormed("comment",
                    Arrays.asList(TextBlock.paragraph("Först."), bad)));
            assertEquals("comment[1]", problem.toProblem(null).errors().get(0).field());
        }
    }
}
