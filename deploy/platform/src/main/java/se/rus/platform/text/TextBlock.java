package se.rus.platform.text;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One block of structured text: a paragraph or a bullet list. Narratives, comments and report
 * sections are lists of blocks, so every service keeps text structured instead of storing HTML.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TextBlock", description = "Ett stycke (PARAGRAPH, med text) eller en punktlista (BULLETS, med items)")
public record TextBlock(
        @NotNull Kind kind,
        @Size(max = 20000) @Schema(example = "Har genomförts som planerat.") String text,
        @Size(max = 200) List<@Size(max = 5000) String> items) {

    /** A name of its own in every contract: a bare {@code Kind} collides with other enums of that name. */
    @Schema(name = "TextBlockKind")
    public enum Kind {
        PARAGRAPH,
        BULLETS
    }

    public static TextBlock paragraph(String text) {
        return new TextBlock(Kind.PARAGRAPH, text, null);
    }

    public static TextBlock bullets(List<String> items) {
        return new TextBlock(Kind.BULLETS, null, List.copyOf(items));
    }

    /** A paragraph needs text and no items; a list needs items and no text. */
    @JsonIgnore
    public boolean isWellFormed() {
        return kind == Kind.PARAGRAPH
                ? !VisibleText.isBlank(text) && items == null
                : items != null && !items.isEmpty() && text == null;
    }
}
