package se.rus.reporting.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.rus.reporting.assembly.SampleSnapshot;
import se.rus.reporting.model.EconomicResult;
import se.rus.reporting.model.Report;
import se.rus.reporting.model.SwedishFormat;
import se.rus.reporting.projection.ProjectedBudgetPost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The money of the report for any posts, ledger entries (negative corrections included) and co-financing:
 * totals are the sums to the öre, the result is worded after its sign, and every figure the report prints
 * reads back as the amount it was. Pure assembler, no Quarkus.
 */
class ReportMoneyPropertiesTest {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    record Entry(int post, BigDecimal amount) {
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-99999999999.99"), new BigDecimal("99999999999.99"))
                .ofScale(2).edgeCases(config -> config.add(ZERO, new BigDecimal("-0.01"), new BigDecimal("0.01")));
    }

    @Provide
    Arbitrary<List<BigDecimal>> budgets() {
        return Arbitraries.bigDecimals().between(ZERO, new BigDecimal("9999999999.99")).ofScale(2)
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        return Combinators.combine(Arbitraries.integers().between(0, 5),
                        Arbitraries.bigDecimals().between(new BigDecimal("-9999999.99"), new BigDecimal("999999999.99")).ofScale(2))
                .as(Entry::new).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<BigDecimal>> coFinancing() {
        return Arbitraries.bigDecimals().between(ZERO, new BigDecimal("99999999.99")).ofScale(2).list().ofMaxSize(4);
    }

    @Property(tries = 300)
    void totalsAreTheSumsToTheOreAndTheResultIsWordedAfterItsSign(@ForAll("budgets") List<BigDecimal> budgets,
                                                                   @ForAll("entries") List<Entry> entries,
                                                                   @ForAll("coFinancing") List<BigDecimal> coFinancing) {
        SampleSnapshot sample = new SampleSnapshot(2031);
        List<ProjectedBudgetPost> posts = new ArrayList<>();
        for (int i = 0; i < budgets.size(); i++) {
            posts.add(sample.post(i + 1, "Post " + (i + 1), budgets.get(i).toPlainString(), null));
        }
        BigDecimal[] outcomes = new BigDecimal[posts.size()];
        java.util.Arrays.fill(outcomes, ZERO);
        for (Entry entry : entries) {
            int post = entry.post() % posts.size();
            sample.entry(posts.get(post).id, posts.get(post).name, entry.amount().toPlainString());
            outcomes[post] = outcomes[post].add(entry.amount());
        }
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < coFinancing.size(); i++) {
            // names that sort against their entry order
            String source = "Finansiär " + (char) ('Z' - i);
            sample.coFinancing(source, coFinancing.get(i).toPlainString(), null);
            sources.add(source);
        }

        Report.Economy economy = sample.assemble().report().economy();

        BigDecimal budget = budgets.stream().reduce(ZERO, BigDecimal::add);
        BigDecimal outcome = entries.stream().map(Entry::amount).reduce(ZERO, BigDecimal::add);
        BigDecimal coFinanced = coFinancing.stream().reduce(ZERO, BigDecimal::add);
        for (int i = 0; i < posts.size(); i++) {
            assertEquals(outcomes[i], economy.posts().get(i).outcome());
            assertEquals(outcomes[i].subtract(budgets.get(i)), economy.posts().get(i).difference());
        }
        assertEquals(budget, economy.totalBudget());
        assertEquals(outcome, economy.totalOutcome());
        assertEquals(outcome.subtract(budget), economy.totalDifference());
        assertEquals(coFinanced, economy.totalCoFinancing());
        assertEquals(sources, economy.coFinancing().stream().map(Report.Funds::source).toList(), "entry order");
        assertWordedAfterItsSign(outcome.subtract(budget), economy.result());
        assertWordedAfterItsSign(outcome.subtract(budget).subtract(coFinanced), economy.resultAfterCoFinancing());
        assertEquals(outcome.subtract(budget).max(ZERO), economy.deficit());
        assertEquals(outcome.subtract(budget).subtract(coFinanced).max(ZERO), economy.deficitAfterCoFinancing());
    }

    private static void assertWordedAfterItsSign(BigDecimal difference, EconomicResult result) {
        assertEquals(difference.abs(), result.amount());
        assertTrue(result.amount().signum() >= 0);
        switch (difference.signum()) {
            case 1 -> {
                assertEquals(EconomicResult.Kind.DEFICIT, result.kind());
                assertEquals("Underskott " + SwedishFormat.money(difference) + " kr", result.text());
            }
            case -1 -> {
                assertEquals(EconomicResult.Kind.SURPLUS, result.kind());
                assertEquals("Överskott " + SwedishFormat.money(difference.negate()) + " kr", result.text());
            }
            default -> {
                assertEquals(EconomicResult.Kind.BALANCED, result.kind());
                assertEquals("I balans", result.text());
            }
        }
        if (!result.text().equals("I balans")) {
            String figure = result.text().replaceFirst("^\\S+ ", "").replaceFirst(" kr$", "");
            assertEquals(result.amount(), SwedishFormat.parse(figure));
        }
    }

    @Property(tries = 1000)
    void anyAmountReadsBackFromItsSwedishFormat(@ForAll("amounts") BigDecimal amount) {
        assertEquals(amount, SwedishFormat.parse(SwedishFormat.money(amount)));
    }

    @Property(tries = 500)
    void anyNumberOfDaysReadsBackFromItsSwedishFormat(@ForAll("amounts") BigDecimal days) {
        assertEquals(0, days.compareTo(SwedishFormat.parse(SwedishFormat.days(days))));
    }
}
