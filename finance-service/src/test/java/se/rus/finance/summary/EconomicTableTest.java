package se.rus.finance.summary;

import org.junit.jupiter.api.Test;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static se.rus.finance.summary.EconomicTable.Result.Kind.BALANCED;
import static se.rus.finance.summary.EconomicTable.Result.Kind.DEFICIT;
import static se.rus.finance.summary.EconomicTable.Result.Kind.SURPLUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EconomicTableTest {

    private static final UUID SALARIES = UUID.randomUUID();
    private static final UUID EVENTS = UUID.randomUUID();
    private static final UUID PROJECTS = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    private static List<EconomicTable.Post> posts2024() {
        return List.of(
                new EconomicTable.Post(PROJECTS, 3, "Projekt/insatser", new BigDecimal("550000.00"), List.of()),
                new EconomicTable.Post(SALARIES, 1, "Löner, resor m.m. RUS", new BigDecimal("3700000"),
                        List.of(TextBlock.paragraph("Avser RUS arbetsgrupps löner och omkostnader."))),
                new EconomicTable.Post(EVENTS, 2, "Arrangemang", new BigDecimal("200000.00"), List.of()),
                new EconomicTable.Post(OTHER, 4, "Övrigt", new BigDecimal("50000.00"), List.of()));
    }

    /** The itemised amounts of the 2024 report, plus one residual per post where only a total is given. */
    private static List<EconomicTable.Entry> entries2024() {
        List<EconomicTable.Entry> entries = new ArrayList<>();
        entry(entries, SALARIES, "57371.00", "4202289.71");
        entry(entries, EVENTS, "94696.00", "137744.00", "2000.00");
        entry(entries, PROJECTS, "100000.00", "17500.00", "50000.00", "42570.00", "76431.00",
                "30000.00", "63000.00", "72000.00", "-0.29");
        return entries;
    }

    private static void entry(List<EconomicTable.Entry> entries, UUID post, String... amounts) {
        for (String amount : amounts) {
            entries.add(new EconomicTable.Entry(post, new BigDecimal(amount)));
        }
    }

    @Test
    void reproducesThe2024TableToTheOre() {
        EconomicTable.Table table = EconomicTable.of(posts2024(), entries2024(),
                List.of(new EconomicTable.Funds("LEKS (klimat och energi)", new BigDecimal("220000"), "gemensamma insatser")),
                List.of(new EconomicTable.Funds("FO vatten och miljömål", new BigDecimal("21327.47"), "utanför")),
                List.of(new EconomicTable.Coverer(2, "Länsstyrelsen Gävleborg", "Resterande underskott"),
                        new EconomicTable.Coverer(1, "Kvarvarande nyckelfördelade medel", "knappt 200 000 kr")));

        assertEquals(List.of("Löner, resor m.m. RUS", "Arrangemang", "Projekt/insatser", "Övrigt"),
                table.rows().stream().map(EconomicTable.Row::name).toList());
        assertEquals(List.of("4259660.71", "234440.00", "451500.71", "0.00"),
                table.rows().stream().map(r -> r.outcome().toPlainString()).toList());
        assertEquals(List.of("3700000.00", "200000.00", "550000.00", "50000.00"),
                table.rows().stream().map(r -> r.budget().toPlainString()).toList());
        assertEquals(List.of("559660.71", "34440.00", "-98499.29", "-50000.00"),
                table.rows().stream().map(r -> r.difference().toPlainString()).toList());
        assertEquals("4500000.00", table.totalBudget().toPlainString());
        assertEquals("4945601.42", table.totalOutcome().toPlainString());
        assertEquals(new EconomicTable.Result(DEFICIT, new BigDecimal("445601.42")), table.result());
        assertEquals("0.00", table.result().surplusOrZero().toPlainString());
        assertEquals("220000.00", table.coFinancingTotal().toPlainString());
        assertEquals(new EconomicTable.Result(DEFICIT, new BigDecimal("225601.42")), table.resultAfterCoFinancing());
        assertEquals("225601.42", table.resultAfterCoFinancing().deficitOrZero().toPlainString());
        assertEquals("21327.47", table.outsideFunds().get(0).amount().toPlainString());
        assertEquals(List.of("Kvarvarande nyckelfördelade medel", "Länsstyrelsen Gävleborg"),
                table.deficitCoverage().stream().map(EconomicTable.Coverer::coveredBy).toList());
    }

    @Test
    void outsideFundsNeverEnterTheSums() {
        EconomicTable.Table without = EconomicTable.of(posts2024(), entries2024(), List.of(), List.of(), List.of());
        EconomicTable.Table with = EconomicTable.of(posts2024(), entries2024(), List.of(),
                List.of(new EconomicTable.Funds("FO vatten och miljömål", new BigDecimal("21327.47"), null)), List.of());
        assertEquals(without.totalOutcome(), with.totalOutcome());
        assertEquals(without.result(), with.result());
        assertEquals(without.resultAfterCoFinancing(), with.resultAfterCoFinancing());
    }

    @Test
    void underBudgetIsASurplusAndCoFinancingBeyondTheDeficitAddsToIt() {
        UUID post = UUID.randomUUID();
        List<EconomicTable.Post> posts = List.of(new EconomicTable.Post(post, 1, "Övrigt", new BigDecimal("100.00"), List.of()));
        List<EconomicTable.Entry> entries = List.of(new EconomicTable.Entry(post, new BigDecimal("150.10")),
                new EconomicTable.Entry(post, new BigDecimal("-0.10")));

        EconomicTable.Table over = EconomicTable.of(posts, entries,
                List.of(new EconomicTable.Funds("LEKS", new BigDecimal("80.00"), null)), List.of(), List.of());
        assertEquals(new EconomicTable.Result(DEFICIT, new BigDecimal("50.00")), over.result());
        assertEquals(new EconomicTable.Result(SURPLUS, new BigDecimal("30.00")), over.resultAfterCoFinancing());
        assertEquals("0.00", over.resultAfterCoFinancing().deficitOrZero().toPlainString());
        assertEquals("30.00", over.resultAfterCoFinancing().surplusOrZero().toPlainString());

        EconomicTable.Table under = EconomicTable.of(List.of(new EconomicTable.Post(post, 1, "Övrigt",
                new BigDecimal("200.00"), List.of())), entries, List.of(), List.of(), List.of());
        assertEquals(new EconomicTable.Result(SURPLUS, new BigDecimal("50.00")), under.result());
        assertEquals("0.00", under.result().deficitOrZero().toPlainString());
        assertEquals("50.00", under.result().surplusOrZero().toPlainString());

        EconomicTable.Table even = EconomicTable.of(List.of(new EconomicTable.Post(post, 1, "Övrigt",
                new BigDecimal("150.00"), List.of())), entries, List.of(), List.of(), List.of());
        assertEquals(new EconomicTable.Result(BALANCED, new BigDecimal("0.00")), even.result());
    }

    @Test
    void refusesEntriesOfAnUnknownPostAndAmountsFinerThanOre() {
        UUID post = UUID.randomUUID();
        List<EconomicTable.Post> posts = List.of(new EconomicTable.Post(post, 1, "Övrigt", BigDecimal.ONE, List.of()));
        assertThrows(IllegalArgumentException.class, () -> EconomicTable.of(posts,
                List.of(new EconomicTable.Entry(UUID.randomUUID(), BigDecimal.ONE)), List.of(), List.of(), List.of()));
        assertThrows(ArithmeticException.class, () -> EconomicTable.of(posts,
                List.of(new EconomicTable.Entry(post, new BigDecimal("0.005"))), List.of(), List.of(), List.of()));
    }
}
