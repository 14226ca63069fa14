package se.rus.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rus.client.finance.api.BudgetPostsApi;
import se.rus.client.finance.api.FinancialYearsApi;
import se.rus.client.finance.api.LedgerApi;
import se.rus.client.finance.model.BudgetPost;
import se.rus.client.finance.model.BudgetPostInput;
import se.rus.client.finance.model.EntryCategory;
import se.rus.client.finance.model.LedgerEntry;
import se.rus.client.finance.model.NewFinancialYear;
import se.rus.client.finance.model.NewLedgerEntry;
import se.rus.client.planning.ApiException;
import se.rus.client.planning.ApiResponse;
import se.rus.client.planning.api.ActivitiesApi;
import se.rus.client.planning.api.AreasApi;
import se.rus.client.planning.api.PlansApi;
import se.rus.client.planning.model.Activity;
import se.rus.client.planning.model.ActivityInput;
import se.rus.client.planning.model.ActivityPatch;
import se.rus.client.planning.model.Area;
import se.rus.client.planning.model.AreaInput;
import se.rus.client.planning.model.NewPlan;
import se.rus.client.planning.model.Plan;
import se.rus.client.planning.model.Problem;
import se.rus.client.reporting.api.ReportsApi;
import se.rus.client.reporting.model.Report;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A county board's integration team writes nothing but calls: the Java clients OpenAPI Generator 7.17.0 makes from
 * the committed contracts ({@code java}, library {@code native}; generated into {@code target/generated-clients} by
 * this module's build) enter a year into the running suite and read its report back. No request is written by
 * hand and no header is added beside the bearer token the client is configured with: types, {@code ETag},
 * {@code If-Match}, the merge-patch body and the report's formats all come from the contract.
 */
@ExtendWith(SharedSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearThroughGeneratedClientsTest {

    /** A year no other end-to-end test enters. */
    private static final int YEAR = 2041;

    private static PlansApi plans;
    private static AreasApi areas;
    private static ActivitiesApi activities;
    private static se.rus.client.planning.ApiClient planningClient;
    private static FinancialYearsApi years;
    private static BudgetPostsApi posts;
    private static LedgerApi ledger;
    private static ReportsApi reports;

    private static UUID areaId;
    private static BudgetPost post;

    @BeforeAll
    static void clients(RunningSuite suite) {
        String bearer = "Bearer " + suite.token("rus-working-group");
        planningClient = new se.rus.client.planning.ApiClient();
        planningClient.updateBaseUri(suite.urls.get("planning").toString());
        planningClient.setRequestInterceptor(request -> request.header("Authorization", bearer));
        plans = new PlansApi(planningClient);
        areas = new AreasApi(planningClient);
        activities = new ActivitiesApi(planningClient);

        se.rus.client.finance.ApiClient financeClient = new se.rus.client.finance.ApiClient();
        financeClient.updateBaseUri(suite.urls.get("finance").toString());
        financeClient.setRequestInterceptor(request -> request.header("Authorization", bearer));
        years = new FinancialYearsApi(financeClient);
        posts = new BudgetPostsApi(financeClient);
        ledger = new LedgerApi(financeClient);

        se.rus.client.reporting.ApiClient reportingClient = new se.rus.client.reporting.ApiClient();
        reportingClient.updateBaseUri(suite.urls.get("reporting").toString());
        reportingClient.setRequestInterceptor(request -> request.header("Authorization", bearer));
        reports = new ReportsApi(reportingClient);
    }

    @Test
    @Order(1)
    void createsAPlanAndReadsItsActivitiesPageByPageInTheOrderAsked() throws Exception {
        Plan plan = plans.createPlan(new NewPlan().year(YEAR).title("RUS verksamhetsplan " + YEAR)
                .periodStart(YEAR).periodEnd(YEAR + 2), "generated-client-plan-" + YEAR);
        assertEquals(YEAR, plan.getYear());
        Area area = areas.addArea(YEAR, new AreaInput().name("Miljömålsuppföljning"), null);
        areaId = area.getId();
        for (String title : List.of("Regional miljömålsuppföljning", "Fördjupad utvärdering", "Bilaga till årsrapporten")) {
            Activity created = activities.planActivity(YEAR, new ActivityInput().areaId(areaId).title(title)
                    .plannedDays(new BigDecimal("10.5")), null);
            assertEquals(title, created.getTitle());
        }

        var first = activities.listActivities(YEAR, areaId, null, null, 0, 2, List.of("-title"));
        var second = activities.listActivities(YEAR, areaId, null, null, 1, 2, List.of("-title"));
        assertEquals(3, first.getTotalItems());
        assertEquals(List.of("Regional miljömålsuppföljning", "Fördjupad utvärdering"),
                first.getItems().stream().map(a -> a.getTitle()).toList());
        assertEquals(List.of("Bilaga till årsrapporten"), second.getItems().stream().map(a -> a.getTitle()).toList());
    }

    @Test
    @Order(2)
    void readsWithETagPatchesUnderIfMatchAndDeletes() throws Exception {
        UUID id = activities.listActivities(YEAR, areaId, null, null, 0, 1, List.of("title")).getItems().get(0).getId();
        ApiResponse<Activity> read = activities.getActivityWithHttpInfo(YEAR, id);
        String etag = read.getHeaders().get("etag").get(0);
        assertEquals("Bilaga till årsrapporten", read.getData().getTitle());

        ApiResponse<Activity> patched = activities.patchActivityWithHttpInfo(YEAR, id, etag,
                new ActivityPatch().plannedDays(new BigDecimal("12.25")).prioritised(true));
        assertEquals(new BigDecimal("12.25"), patched.getData().getPlannedDays());
        assertEquals(true, patched.getData().getPrioritised());
        assertEquals("Bilaga till årsrapporten", patched.getData().getTitle(), "a merge patch keeps what it does not name");
        String newTag = patched.getHeaders().get("etag").get(0);
        assertNotEquals(etag, newTag);

        ApiException stale = assertThrows(ApiException.class, () -> activities.removeActivity(YEAR, id, etag));
        assertEquals(412, stale.getCode());
        activities.removeActivity(YEAR, id, newTag);
        ApiException gone = assertThrows(ApiException.class, () -> activities.getActivity(YEAR, id));
        assertEquals(404, gone.getCode());
        assertEquals(404, problem(gone).getStatus());
    }

    @Test
    @Order(3)
    void refusalsArriveAsProblems() {
        ApiException taken = assertThrows(ApiException.class, () -> plans.createPlan(new NewPlan().year(YEAR)
                .title("En andra plan").periodStart(YEAR).periodEnd(YEAR + 2), null));
        assertEquals(409, taken.getCode());
        Problem conflict = problem(taken);
        assertEquals(409, conflict.getStatus());
        assertTrue(conflict.getTitle() != null && !conflict.getTitle().isBlank());

        ApiException invalid = assertThrows(ApiException.class, () -> activities.planActivity(YEAR,
                new ActivityInput().areaId(areaId).title("Negativ tid").plannedDays(new BigDecimal("-1")), null));
        assertEquals(400, invalid.getCode());
        Problem validation = problem(invalid);
        assertEquals(400, validation.getStatus());
        assertEquals(List.of("plannedDays"), validation.getErrors().stream().map(e -> e.getField()).toList());
    }

    @Test
    @Order(4)
    void recordsANegativeLedgerCorrection() throws Exception {
        years.openFinancialYear(new NewFinancialYear().year(YEAR).appropriationName("Anslag 1:2 Miljöövervakning")
                .appropriation("1000000.00"), null);
        post = posts.defineBudgetPost(YEAR, new BudgetPostInput().name("Löner, resor m.m. RUS").budget("900000.00"), null);
        ledger.recordLedgerEntry(YEAR, new NewLedgerEntry().postId(post.getId()).entryDate(LocalDate.of(YEAR, 3, 1))
                .amount("5000.00").text("Resa till nätverksträff").category(EntryCategory.DIRECT_SPEND), "generated-client-entry-" + YEAR);
        LedgerEntry correction = ledger.recordLedgerEntry(YEAR, new NewLedgerEntry().postId(post.getId())
                .entryDate(LocalDate.of(YEAR, 12, 31)).amount("-1250.00").text("Rättelse: felbokad resa återförd")
                .category(EntryCategory.CORRECTION), "generated-client-correction-" + YEAR);
        assertEquals("-1250.00", correction.getAmount());
        assertEquals(EntryCategory.CORRECTION, correction.getCategory());
        assertEquals(2, ledger.listLedgerEntries(YEAR, null, null, null, post.getId(), null, 0, 10, List.of("entryDate"))
                .getTotalItems());
    }

    @Test
    @Order(5)
    void readsTheReportAsJsonAndAsMarkdown() throws Exception {
        // the report follows the events: 404 until the plan reaches reporting-service, then complete
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .ignoreException(se.rus.client.reporting.ApiException.class).untilAsserted(() -> {
            Report report = reports.getReport(YEAR, "json");
            assertEquals(YEAR, report.getYear());
            assertEquals(List.of("Miljömålsuppföljning"), report.getAreas().stream().map(a -> a.getName()).toList());
            assertEquals(2, report.getAreas().get(0).getActivities().size());
            assertEquals("3750.00", report.getEconomy().getTotalOutcome());
        });
        File markdown = reports.getReportDocument(YEAR, "markdown");
        String text = Files.readString(markdown.toPath(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\n# RUS verksamhetsberättelse "), text); // after the cover line
        assertTrue(text.contains("Regional miljömålsuppföljning"), text);
    }

    /** The problem+json body of a refusal, read into the contract's Problem type by the client's own mapper. */
    private static Problem problem(ApiException refusal) {
        try {
            return planningClient.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a problem+json body: " + refusal.getResponseBody(), e);
        }
    }
}
