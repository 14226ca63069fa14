package se.rus.finance.post;

import com.fasterxml.jackson.annotation.JsonFormat;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Payload of BudgetPostDefined/Changed/Removed: the full state of the post. */
public record PostState(UUID id, int year, int position, String name,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget, List<TextBlock> comment) {

    public static PostState of(BudgetPost post) {
        return new PostState(post.id, post.year, post.position, post.name, post.budget.setScale(2),
                List.copyOf(post.comment));
    }
}
