package se.rus.reporting.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.platform.events.Inbox;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.projection.ApplyingEvent;
import se.rus.reporting.projection.EventIntake;
import se.rus.reporting.support.ContractEvents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static se.rus.reporting.support.ContractEvents.FINANCE;
import static se.rus.reporting.support.ContractEvents.FOLLOWUP;
import static se.rus.reporting.support.ContractEvents.PLANNING;
import static se.rus.reporting.support.ContractEvents.data;
import static se.rus.reporting.support.ContractEvents.paragraphs;

/**
 * Not a test (surefire's default includes do not match the name): times the report JSON of a stress year read
 * right after an event, the case issue 13 measured at 145–380 ms. Two years (the report year and year − 1, for
 * the comparison columns) with 2 000 activities in 6 areas, their outcomes and 60 000 ledger entries each are
 * applied through the projections; then each round applies one more ledger entry through the intake and reads
 * the report twice (right after the event, then again). Run:
 * {@code ./mvnw -B verify -pl reporting-service -am -Dtest=ReportAfterEventBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportAfterEventBenchmark {

    private static final int YEAR = 2091;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    @Inject
    ApplyingEvent applying;

    @Inject
    EventIntake intake;

    @Inject
    Inbox inbox;

    @Test
    void reportJsonRightAfterAnEvent() {
        long start = System.nanoTime();
        stressYear(YEAR - 1);
        UUID post = stressYear(YEAR);
        System.out.printf("bench: applied 2 × (2 000 activities, 60 000 ledger entries) in %d s%n",
                (System.nanoTime() - start) / 1_000_000_000);
        int rounds = 40;
        long[] afterEvent = new long[rounds];
        long[] cached = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            ContractEvents.Sent entry = entry(YEAR, post, "Post 1", round % 2 == 0 ? "125.50" : "-25.50");
            intake.take(entry.asRecord());
            afterEvent[round] = timedRead();
            cached[round] = timedRead();
        }
        // the first rounds warm the JIT up; the figures are of the last half
        System.out.printf("bench: report JSON right after an event: %s; read again: %s%n",
                summary(Arrays.copyOfRange(afterEvent, rounds / 2, rounds)),
                summary(Arrays.copyOfRange(cached, rounds / 2, rounds)));
    }

    private long timedRead() {
        long start = System.nanoTime();
        given().auth().oauth2(WORKING_GROUP).accept("application/json").when().get("/api/v1/reports/" + YEAR)
                .then().statusCode(200);
        return (System.nanoTime() - start) / 1_000;
    }

    private static String summary(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return "median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)".formatted(sorted[sorted.length / 2] / 1000.0,
                sorted[(int) (sorted.length * 0.9)] / 1000.0, sorted[sorted.length - 1] / 1000.0, sorted.length);
    }

    /** Returns the id of the year's first post. */
    private UUID stressYear(int year) {
        List<ContractEvents.Sent> events = new ArrayList<>();
        UUID plan = UUID.randomUUID();
        events.add(ContractEvents.event(PLANNING, year, "se.rus.planning.PlanAdopted.v1", plan, data("id", plan,
                "year", year, "title", "RUS verksamhetsplan " + year, "vision", "Miljömålen är uppnådda.",
                "periodStart", year - 2, "periodEnd", year, "status", "ADOPTED")));
        for (int a = 0; a < 6; a++) {
            UUID area = UUID.randomUUID();
            String areaName = "Område " + a;
            events.add(ContractEvents.event(PLANNING, year, "se.rus.planning.AreaAdded.v1", area, data("id", area,
                    "planId", plan, "year", year, "position", a + 1, "name", areaName, "resourceNote", null)));
            for (int i = 0; i < 334 && a * 334 + i < 2000; i++) {
                UUID activity = UUID.randomUUID();
                events.add(ContractEvents.event(PLANNING, year, "se.rus.planning.ActivityPlanned.v1", activity,
                        data("id", activity, "planId", plan, "year", year, "areaId", area, "areaName", areaName,
                                "position", i + 1, "title", "Aktivitet " + a + "." + i,
                                "description", paragraphs("Planerad insats för länsstyrelserna, med möten och en rapport."),
                                "plannedDays", 3, "extraDays", null, "extraEffortNote", null, "prioritised", i % 3 == 0,
                                "developmentEffort", i % 5 == 0 ? "FULL" : "NONE", "responsible", List.of("Magnus Eriksson"))));
                events.add(ContractEvents.event(FOLLOWUP, year, "se.rus.followup.OutcomeRecorded.v1", activity,
                        data("id", UUID.randomUUID(), "year", year, "activityId", activity,
                                "status", i % 4 == 0 ? "PARTLY_DONE" : "DONE_AS_PLANNED",
                                "narrative", paragraphs("Aktiviteten har genomförts med flera möten och ett webbinarium."),
                                "daysSpent", null)));
            }
        }
        List<UUID> posts = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            UUID id = UUID.randomUUID();
            posts.add(id);
            events.add(ContractEvents.event(FINANCE, year, "se.rus.finance.BudgetPostDefined.v1", id, data("id", id,
                    "year", year, "position", p + 1, "name", "Post " + (p + 1), "budget", "1000000.00",
                    "comment", paragraphs("Kommentar."))));
        }
        for (int e = 0; e < 60_000; e++) {
            events.add(entry(year, posts.get(e % 6), "Post " + (e % 6 + 1), e % 50 == 0 ? "-120.00" : "97.35"));
        }
        for (int from = 0; from < events.size(); from += 1000) {
            List<ContractEvents.Sent> batch = events.subList(from, Math.min(from + 1000, events.size()));
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(sent ->
                    applying.apply(sent.topic(), inbox.parse(sent.envelope()))));
        }
        return posts.get(0);
    }

    private static ContractEvents.Sent entry(int year, UUID post, String postName, String amount) {
        UUID id = UUID.randomUUID();
        return ContractEvents.event(FINANCE, year, "se.rus.finance.LedgerEntryRecorded.v1", id, data("id", id,
                "year", year, "postId", post, "postName", postName, "entryDate", year + "-06-30", "amount", amount,
                "text", "Verifikation", "counterpart", "Leverantör AB", "activityId", null, "category", "DIRECT_SPEND"));
    }
}
