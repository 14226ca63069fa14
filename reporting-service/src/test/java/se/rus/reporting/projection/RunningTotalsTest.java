package se.rus.reporting.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rus.reporting.support.ContractEvents.FINANCE;
import static se.rus.reporting.support.ContractEvents.PLANNING;
import static se.rus.reporting.support.ContractEvents.data;

/** The running totals equal a computation from all rows after any sequence of events, and after a rebuild. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class RunningTotalsTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    /** Rows of the totals that a GROUP BY over all entries or activities does not give, and the other way round. */
    private static final String LEDGER_DIFFERENCES = """
            SELECT count(*) FROM (
              (SELECT year, post_id, post_name, sum(amount), count(*) FROM proj_ledger_entry GROUP BY 1, 2, 3
               EXCEPT SELECT year, post_id, post_name, outcome, entries FROM proj_ledger_total)
              UNION ALL
              (SELECT year, post_id, post_name, outcome, entries FROM proj_ledger_total
               EXCEPT SELECT year, post_id, post_name, sum(amount), count(*) FROM proj_ledger_entry GROUP BY 1, 2, 3)) d""";
    private static final String AREA_DIFFERENCES = """
            SELECT count(*) FROM (
              (SELECT year, area_id, area_name, sum(planned_days), count(*) FROM proj_activity GROUP BY 1, 2, 3
               EXCEPT SELECT year, area_id, area_name, planned_days, activities FROM proj_area_days)
              UNION ALL
              (SELECT year, area_id, area_name, planned_days, activities FROM proj_area_days
               EXCEPT SELECT year, area_id, area_name, sum(planned_days), count(*) FROM proj_activity GROUP BY 1, 2, 3)) d""";

    @Inject
    EventIntake intake;

    @Inject
    RunningTotals totals;

    @Inject
    EntityManager entityManager;

    private final UUID salaries = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final UUID plan = UUID.randomUUID();
    private final UUID followUp = UUID.randomUUID();
    private final UUID support = UUID.randomUUID();

    @Test
    void correctionsRedeliveriesAndLaterStatesKeepTheTotalsEqualToTheSumsOfAllRows() {
        int year = 2017;
        take(post(year, salaries, 1, "Löner, resor m.m. RUS"));
        take(post(year, other, 2, "Övrigt"));
        UUID moved = UUID.randomUUID();
        UUID early = UUID.randomUUID();
        ContractEvents.Sent first = entry(year, UUID.randomUUID(), salaries, "Löner, resor m.m. RUS", "1000.00");
        ContractEvents.Sent correction = entry(year, UUID.randomUUID(), salaries, "Löner, resor m.m. RUS", "-250.50");
        List.of(first, correction, first, correction, first).forEach(this::take);
        take(entry(year, moved, other, "Övrigt", "300.00"));
        // a later state of the same entry (another event) moves its amount to the other post
        take(entry(year, moved, salaries, "Löner, resor m.m. RUS", "310.00"));
        // named only by name; and one whose post is not known, later recorded for the next year
        take(entry(year, UUID.randomUUID(), null, "Övrigt", "49.95"));
        // more decimals than a ledger amount keeps: counted as the entry's row holds it, 0.01
        take(entry(year, UUID.randomUUID(), null, "Övrigt", "0.005"));
        take(entry(year, early, UUID.randomUUID(), "Okänd post", "50.00"));
        take(entry(year + 1, early, UUID.randomUUID(), "Okänd post", "50.00"));

        UUID kept = UUID.randomUUID();
        UUID changed = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        ContractEvents.Sent planned = activity(year, kept, followUp, "Miljömålsuppföljning", "10");
        List.of(planned, activity(year, changed, followUp, "Miljömålsuppföljning", "2.5"),
                activity(year, removed, support, "Stöd i åtgärdsarbetet", "4"), planned).forEach(this::take);
        take(activity(year, changed, support, "Stöd i åtgärdsarbetet", "3.5"));
        take(ContractEvents.event(PLANNING, year, "se.rus.planning.ActivityRemoved.v1", removed, data("id", removed,
                "planId", plan, "year", year, "areaId", support, "areaName", "Stöd i åtgärdsarbetet", "position", 1,
                "title", "Borttagen", "plannedDays", 4, "prioritised", false, "developmentEffort", "NONE")));

        assertEquals(List.of(new LedgerTotal(salaries, "Löner, resor m.m. RUS", new BigDecimal("1059.50"), 3),
                        new LedgerTotal(null, "Övrigt", new BigDecimal("49.96"), 2)),
                sorted(totals.ledger(year)));
        assertEquals(List.of(new LedgerTotal(null, "Okänd post", new BigDecimal("50.00"), 1)),
                totals.ledger(year + 1).stream().map(t -> new LedgerTotal(null, t.postName(), t.outcome(), t.entries()))
                        .toList());
        assertEquals(List.of(new AreaDays(followUp, "Miljömålsuppföljning", new BigDecimal("10.00"), 1),
                        new AreaDays(support, "Stöd i åtgärdsarbetet", new BigDecimal("3.50"), 1)),
                totals.plannedDays(year).stream().sorted(Comparator.comparing(AreaDays::areaName)).toList());
        assertEquals(0L, differences(LEDGER_DIFFERENCES));
        assertEquals(0L, differences(AREA_DIFFERENCES));
    }

    @Test
    void aRebuildRecomputesTheTotalsFromTheTopics() {
        int year = 2015;
        UUID entry = UUID.randomUUID();
        List.of(post(year, salaries, 1, "Löner, resor m.m. RUS"),
                entry(year, entry, salaries, "Löner, resor m.m. RUS", "800.00"),
                entry(year, UUID.randomUUID(), salaries, "Löner, resor m.m. RUS", "-75.25"),
                entry(year, entry, salaries, "Löner, resor m.m. RUS", "900.00"),
                activity(year, UUID.randomUUID(), followUp, "Miljömålsuppföljning", "12.5"))
                .forEach(ContractEvents.Sent::send);
        // awaited on another thread: the totals are read in a transaction of their own
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertEquals(List.of(new LedgerTotal(salaries, "Löner, resor m.m. RUS", new BigDecimal("824.75"), 2)),
                    QuarkusTransaction.requiringNew().call(() -> totals.ledger(year)));
            assertEquals(1, QuarkusTransaction.requiringNew().call(() -> totals.plannedDays(year)).size());
        });

        given().auth().oauth2(WORKING_GROUP).when().post("/api/v1/admin/projections/rebuild")
                .then().statusCode(200).body("eventsRead", greaterThan(4));

        assertEquals(List.of(new LedgerTotal(salaries, "Löner, resor m.m. RUS", new BigDecimal("824.75"), 2)),
                totals.ledger(year));
        assertEquals(List.of(new AreaDays(followUp, "Miljömålsuppföljning", new BigDecimal("12.50"), 1)),
                totals.plannedDays(year));
        assertEquals(0L, differences(LEDGER_DIFFERENCES));
        assertEquals(0L, differences(AREA_DIFFERENCES));
    }

    private void take(ContractEvents.Sent sent) {
        intake.take(sent.asRecord());
    }

    private long differences(String query) {
        return ((Number) entityManager.createNativeQuery(query).getSingleResult()).longValue();
    }

    private static List<LedgerTotal> sorted(List<LedgerTotal> totals) {
        return totals.stream().sorted(Comparator.comparing(LedgerTotal::postName)).toList();
    }

    private static ContractEvents.Sent post(int year, UUID id, int position, String name) {
        return ContractEvents.event(FINANCE, year, "se.rus.finance.BudgetPostDefined.v1", id, data("id", id,
                "year", year, "position", position, "name", name, "budget", "1000.00", "comment", List.of()));
    }

    private static ContractEvents.Sent entry(int year, UUID id, UUID post, String postName, String amount) {
        return ContractEvents.event(FINANCE, year, "se.rus.finance.LedgerEntryRecorded.v1", id, data("id", id,
                "year", year, "postId", post, "postName", postName, "entryDate", year + "-03-31", "amount", amount,
                "text", "Verifikation", "counterpart", null, "activityId", null, "category", "DIRECT_SPEND"));
    }

    private ContractEvents.Sent activity(int year, UUID id, UUID area, String areaName, String days) {
        return ContractEvents.event(PLANNING, year, "se.rus.planning.ActivityPlanned.v1", id, data("id", id,
                "planId", plan, "year", year, "areaId", area, "areaName", areaName, "position", 1,
                "title", "Aktivitet " + id, "description", List.of(), "plannedDays", new BigDecimal(days),
                "extraDays", null, "extraEffortNote", null, "prioritised", false, "developmentEffort", "NONE",
                "responsible", List.of()));
    }
}
