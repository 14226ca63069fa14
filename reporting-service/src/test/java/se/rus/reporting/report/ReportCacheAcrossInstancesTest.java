package se.rus.reporting.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.platform.events.Inbox;
import se.rus.reporting.live.CachedReport;
import se.rus.reporting.live.ReadingReport;
import se.rus.reporting.projection.ApplyingEvent;
import se.rus.reporting.rendering.ReportFormat;
import se.rus.reporting.support.ContractEvents;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static se.rus.reporting.support.ContractEvents.FINANCE;
import static se.rus.reporting.support.ContractEvents.PLANNING;
import static se.rus.reporting.support.ContractEvents.data;
import static se.rus.reporting.support.ContractEvents.paragraphs;

/**
 * The cache is keyed by the year's read-model version in the database, so a change committed by anyone (here an
 * event applied in a transaction of its own, as another reporting instance would) is seen by the next read, and a
 * change that cannot touch the year leaves its cached report in place.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportCacheAcrossInstancesTest {

    private static final int YEAR = 2087;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String REPORT = "/api/v1/reports/" + YEAR;

    @Inject
    ApplyingEvent applying;

    @Inject
    Inbox inbox;

    @Inject
    ReadingReport reading;

    @Inject
    ObjectMapper json;

    private final UUID post = UUID.randomUUID();

    @Test
    void aChangeCommittedElsewhereIsReadAndAChangeToAnotherYearKeepsTheCachedReport() {
        UUID plan = UUID.randomUUID();
        applyElsewhere(ContractEvents.event(PLANNING, YEAR, "se.rus.planning.PlanAdopted.v1", plan, data("id", plan,
                "year", YEAR, "title", "RUS verksamhetsplan " + YEAR, "vision", null, "periodStart", YEAR - 2,
                "periodEnd", YEAR, "status", "ADOPTED")));
        applyElsewhere(ContractEvents.event(FINANCE, YEAR, "se.rus.finance.BudgetPostDefined.v1", post, data("id", post,
                "year", YEAR, "position", 1, "name", "Övrigt", "budget", "50000.00", "comment", List.of())));
        applyElsewhere(entry(YEAR, "1000.00"));
        given().auth().oauth2(WORKING_GROUP).when().get(REPORT).then().statusCode(200)
                .body("economy.posts[0].outcome", equalTo("1000.00"));
        CachedReport cached = live();
        assertSame(cached.rendition(ReportFormat.MARKDOWN, json), live().rendition(ReportFormat.MARKDOWN, json),
                "a rendering is made once per version");

        applyElsewhere(entry(YEAR, "-120.50"));
        given().auth().oauth2(WORKING_GROUP).when().get(REPORT).then().statusCode(200)
                .body("economy.posts[0].outcome", equalTo("879.50"));
        assertNotSame(cached, live());

        cached = live();
        String etag = given().auth().oauth2(WORKING_GROUP).when().get(REPORT).then().extract().header("ETag");
        // the year after reads this year's figures, never the other way round; 2090 is in no way related
        applyElsewhere(entry(YEAR + 1, "5000.00"));
        applyElsewhere(entry(YEAR + 3, "5000.00"));
        assertSame(cached, live(), "an event of a year this report does not read keeps it cached");
        assertEquals(etag, given().auth().oauth2(WORKING_GROUP).when().get(REPORT).then().extract().header("ETag"));

        // year − 1's posts are the comparison columns, and the goals of the period are in Bilaga 2
        UUID previousPost = UUID.randomUUID();
        applyElsewhere(ContractEvents.event(FINANCE, YEAR - 1, "se.rus.finance.BudgetPostDefined.v1", previousPost,
                data("id", previousPost, "year", YEAR - 1, "position", 1, "name", "Övrigt", "budget", "40000.00",
                        "comment", List.of())));
        given().auth().oauth2(WORKING_GROUP).when().get(REPORT).then()
                .body("economy.posts[0].previousBudget", equalTo("40000.00"));
        assertNotSame(cached, cached = live());
        UUID goal = UUID.randomUUID();
        applyElsewhere(ContractEvents.event(PLANNING, YEAR - 2, "se.rus.planning.GoalDefined.v1", goal, data("id", goal,
                "periodStart", YEAR - 2, "periodEnd", YEAR, "areaName", "Miljömålsuppföljning", "position", 1,
                "text", "Uppföljningen är ändamålsenlig.")));
        given().auth().oauth2(WORKING_GROUP).when().get(REPORT).then()
                .body("goals[0].text", equalTo("Uppföljningen är ändamålsenlig."));
        assertNotSame(cached, cached = live());

        // the report's own texts are part of it too
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(data("title", "RUS verksamhetsberättelse " + YEAR, "introduction", paragraphs("Inledning.")))
                .when().put(REPORT + "/draft").then().statusCode(201);
        assertNotSame(cached, live());
        assertNotEquals(etag, given().auth().oauth2(WORKING_GROUP).when().get(REPORT).then()
                .body("title", equalTo("RUS verksamhetsberättelse " + YEAR)).extract().header("ETag"));
    }

    private CachedReport live() {
        return QuarkusTransaction.requiringNew().call(() -> reading.live(YEAR));
    }

    /** Through the applying code in a transaction of its own, never through this instance's cache. */
    private void applyElsewhere(ContractEvents.Sent sent) {
        QuarkusTransaction.requiringNew().run(() -> applying.apply(sent.topic(), inbox.parse(sent.envelope())));
    }

    private ContractEvents.Sent entry(int year, String amount) {
        UUID id = UUID.randomUUID();
        return ContractEvents.event(FINANCE, year, "se.rus.finance.LedgerEntryRecorded.v1", id, data("id", id,
                "year", year, "postId", post, "postName", "Övrigt", "entryDate", year + "-05-31", "amount", amount,
                "text", "Verifikation", "counterpart", null, "activityId", null, "category", "DIRECT_SPEND"));
    }
}
