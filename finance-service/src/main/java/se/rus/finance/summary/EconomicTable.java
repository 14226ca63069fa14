package se.rus.finance.summary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The economic table of a year (ekonomisk redovisning), always derived: a post's outcome is the
 * sum of its ledger entries, never a stored total. Co-financing reduces the deficit; outside
 * funds are carried along for the note only and never enter a sum. All amounts are exact öre.
 */
public final class EconomicTable {

    public record Post(UUID id, int position, String name, BigDecimal budget, List<TextBlock> comment) {
    }

    public record Entry(UUID postId, BigDecimal amount) {
    }

    public record Funds(String source, BigDecimal amount, String description) {
    }

    public record Coverer(int position, String coveredBy, String description) {
    }

    /** {@code difference} is outcome − budget: positive when the post is over budget. */
    public record Row(UUID postId, int position, String name, BigDecimal budget, BigDecimal outcome,
                      BigDecimal difference, List<TextBlock> comment) {
    }

    /**
     * The result read from the signed difference outcome − budget: over budget is a deficit, under it a surplus. The
     * amount is never negative; the kind carries the sign (as in reporting's report).
     */
    public record Result(Kind kind, BigDecimal amount) {

        @Schema(name = "EconomicResultKind")
        public enum Kind {
            DEFICIT, SURPLUS, BALANCED
        }

        static Result ofDifference(BigDecimal difference) {
            Kind kind = switch (difference.signum()) {
                case 1 -> Kind.DEFICIT;
                case -1 -> Kind.SURPLUS;
                default -> Kind.BALANCED;
            };
            return new Result(kind, ore(difference.abs()));
        }

        /** What the deprecated {@code deficit} fields carried: the amount of a deficit, else 0.00. */
        public BigDecimal deficitOrZero() {
            return kind == Kind.DEFICIT ? amount : ore(BigDecimal.ZERO);
        }

        /** What the deprecated {@code surplus} fields carried. */
        public BigDecimal surplusOrZero() {
            return kind == Kind.SURPLUS ? amount : ore(BigDecimal.ZERO);
        }
    }

    /** {@code resultAfterCoFinancing} is that of outcome − budget − co-financing. */
    public record Table(List<Row> rows, BigDecimal totalBudget, BigDecimal totalOutcome, Result result,
                        BigDecimal coFinancingTotal, List<Funds> coFinancing, Result resultAfterCoFinancing,
                        List<Funds> outsideFunds, List<Coverer> deficitCoverage) {
    }

    private EconomicTable() {
    }

    public static Table of(List<Post> posts, List<Entry> entries, List<Funds> coFinancing, List<Funds> outsideFunds,
                           List<Coverer> coverage) {
        Map<UUID, BigDecimal> outcomes = new LinkedHashMap<>();
        posts.forEach(post -> outcomes.put(post.id(), BigDecimal.ZERO));
        for (Entry entry : entries) {
            if (!outcomes.containsKey(entry.postId())) {
                throw new IllegalArgumentException("entry on unknown post " + entry.postId());
            }
            outcomes.merge(entry.postId(), entry.amount(), BigDecimal::add);
        }
        List<Row> rows = posts.stream()
                .sorted(Comparator.comparingInt(Post::position))
                .map(post -> {
                    BigDecimal outcome = ore(outcomes.get(post.id()));
                    return new Row(post.id(), post.position(), post.name(), ore(post.budget()), outcome,
                            outcome.subtract(ore(post.budget())), List.copyOf(post.comment()));
                })
                .toList();
        BigDecimal totalBudget = sum(rows.stream().map(Row::budget).toList());
        BigDecimal totalOutcome = sum(rows.stream().map(Row::outcome).toList());
        BigDecimal overBudget = totalOutcome.subtract(totalBudget);
        BigDecimal coFinancingTotal = sum(coFinancing.stream().map(Funds::amount).toList());
        BigDecimal afterCoFinancing = overBudget.subtract(coFinancingTotal);
        return new Table(rows, totalBudget, totalOutcome, Result.ofDifference(overBudget), coFinancingTotal,
                exact(coFinancing), Result.ofDifference(afterCoFinancing), exact(outsideFunds),
                coverage.stream().sorted(Comparator.comparingInt(Coverer::position)).toList());
    }

    private static List<Funds> exact(List<Funds> funds) {
        return funds.stream().map(f -> new Funds(f.source(), ore(f.amount()), f.description())).toList();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return ore(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Amounts arrive with at most two decimals; anything finer is a bug upstream, so fail rather than round. */
    private static BigDecimal ore(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
