package se.rus.finance.post;

import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a post should be: what defining and changing it take; {@code position null} keeps it in place (or appends a
 * new one).
 */
public record PostContent(String name, BigDecimal budget, List<TextBlock> comment, Integer position) {
}
