package se.rus.planning.goal;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A goal can continue a goal of the directly previous period, through the API and through the plan import. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class GoalPredecessorTest {

    private static final String AREA = "Kommunikation och organisation";

    private static String goals(String period) {
        return "/api/v1/goal-periods/" + period + "/goals";
    }

    private static String define(String period, String text, Object predecessorId) {
        Map<String, Object> body = new HashMap<>(Map.of("areaName", AREA, "text", text));
        body.put("predecessorId", predecessorId);
        return Api.workingGroup().body(body).when().post(goals(period)).then().statusCode(201).extract().path("id");
    }

    private static String etag(String path) {
        return given().auth().oauth2(Api.WORKING_GROUP).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aGoalContinuesAGoalOfTheDirectlyPreviousPeriod() {
        String old = define("2004-2006", "RUS är ett väl fungerande samverkansorgan (2004).", null);
        String previous = define("2007-2009", "RUS är ett väl fungerande samverkansorgan.", null);
        String other = define("2007-2009", "RUS kommunicerar sin verksamhet.", null);

        String current = Api.workingGroup().body(Map.of("areaName", AREA, "text", "RUS är ett ändamålsenligt samverkansorgan.",
                        "predecessorId", previous))
                .when().post(goals("2010-2012"))
                .then().statusCode(201).body("predecessorId", equalTo(previous)).extract().path("id");
        given().auth().oauth2(Api.COUNTY).when().get(goals("2010-2012") + "/" + current)
                .then().statusCode(200).body("predecessorId", equalTo(previous));
        given().auth().oauth2(Api.STEERING).when().get(goals("2010-2012"))
                .then().statusCode(200).body("items.predecessorId", contains(previous));
        Api.Event defined = Api.awaitEvent("se.rus.planning.GoalDefined.v1", current);
        assertEquals(previous, defined.data().get("predecessorId").asText());
        assertEquals("2012", defined.key());

        // not of the directly previous period, or no goal at all: 422 naming the field
        for (String wrong : List.of(old, current, UUID.randomUUID().toString())) {
            Api.workingGroup().body(Map.of("areaName", AREA, "text", "Ett mål till.", "predecessorId", wrong))
                    .when().post(goals("2010-2012"))
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("predecessorId"))
                    .body("detail", containsString("predecessorId: "));
        }
        Api.workingGroup().body(Map.of("areaName", AREA, "text", "Ett mål till.", "predecessorId", "2007"))
                .when().post(goals("2010-2012"))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("predecessorId"));

        // PATCH re-links, PUT without predecessorId unlinks; both publish GoalChanged with the new state
        Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag(goals("2010-2012") + "/" + current))
                .body("{\"predecessorId\": \"" + old + "\"}")
                .when().patch(goals("2010-2012") + "/" + current)
                .then().statusCode(422).body("errors[0].field", equalTo("predecessorId"))
                .body("detail", containsString("2009"));
        Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag(goals("2010-2012") + "/" + current))
                .body("{\"predecessorId\": \"" + other + "\"}")
                .when().patch(goals("2010-2012") + "/" + current)
                .then().statusCode(200).body("predecessorId", equalTo(other)).body("text", equalTo("RUS är ett ändamålsenligt samverkansorgan."));
        assertEquals(other, Api.awaitEvent("se.rus.planning.GoalChanged.v1", current).data().get("predecessorId").asText());

        // a goal that a goal of the next period continues cannot be removed
        given().auth().oauth2(Api.WORKING_GROUP).header("If-Match", etag(goals("2007-2009") + "/" + other))
                .when().delete(goals("2007-2009") + "/" + other)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("predecessorId"));

        Api.workingGroup().header("If-Match", etag(goals("2010-2012") + "/" + current))
                .body(Map.of("areaName", AREA, "text", "RUS är ett ändamålsenligt samverkansorgan."))
                .when().put(goals("2010-2012") + "/" + current)
                .then().statusCode(200).body("predecessorId", nullValue());
        given().auth().oauth2(Api.WORKING_GROUP).header("If-Match", etag(goals("2007-2009") + "/" + other))
                .when().delete(goals("2007-2009") + "/" + other).then().statusCode(204);
        assertTrue(Api.awaitEvent("se.rus.planning.GoalRemoved.v1", other).data().get("predecessorId").isNull());
    }

    @Test
    void thePlanImportNamesPredecessorsByIdOrByAreaAndText() {
        String byName = define("2013-2015", "Regional årlig uppföljning är ändamålsenlig och effektiv.", null);
        String byId = define("2013-2015", "Miljöövervakningen används mer för miljömålsuppföljningen.", null);
        define("2010-2012", "Regional årlig uppföljning är ändamålsenlig och effektiv.", null);

        Map<String, Object> document = new HashMap<>(Map.of("title", "RUS verksamhetsplan 2018", "periodStart", 2016,
                "periodEnd", 2018, "goals", List.of(
                        Map.of("areaName", AREA, "text", "Den regionala uppföljningen är ändamålsenlig.",
                                "predecessor", Map.of("areaName", AREA, "text", "Regional årlig uppföljning är ändamålsenlig och effektiv.")),
                        Map.of("areaName", AREA, "text", "Miljöövervakningen används i uppföljningen.", "predecessorId", byId),
                        Map.of("areaName", AREA, "text", "Ett nytt mål utan föregångare."))));
        Api.workingGroup().body(document).when().put("/api/v1/plans/2018/import")
                .then().statusCode(200).body("goals", equalTo(3)).body("eventsPublished", equalTo(4));
        given().auth().oauth2(Api.WORKING_GROUP).when().get(goals("2016-2018"))
                .then().statusCode(200).body("items.predecessorId", contains(byName, byId, null));
        // the same document again changes nothing
        Api.workingGroup().body(document).when().put("/api/v1/plans/2018/import")
                .then().statusCode(200).body("eventsPublished", equalTo(0));

        // a changed predecessor is a GoalChanged; both forms may name the same goal
        Map<String, Object> relinked = new HashMap<>(document);
        relinked.put("goals", List.of(
                Map.of("areaName", AREA, "text", "Den regionala uppföljningen är ändamålsenlig.", "predecessorId", byName),
                Map.of("areaName", AREA, "text", "Miljöövervakningen används i uppföljningen."),
                Map.of("areaName", AREA, "text", "Ett nytt mål utan föregångare.")));
        Api.workingGroup().body(relinked).when().put("/api/v1/plans/2018/import")
                .then().statusCode(200).body("eventsPublished", equalTo(1));
        given().auth().oauth2(Api.WORKING_GROUP).when().get(goals("2016-2018"))
                .then().body("items.predecessorId", contains(byName, null, null));

        Map<String, Object> unknown = new HashMap<>(document);
        unknown.put("goals", List.of(Map.of("areaName", AREA, "text", "Ett mål.",
                "predecessor", Map.of("areaName", AREA, "text", "Finns inte."))));
        Api.workingGroup().body(unknown).when().put("/api/v1/plans/2018/import")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("goals[0].predecessor"));
        Map<String, Object> wrongPeriod = new HashMap<>(document);
        wrongPeriod.put("goals", List.of(Map.of("areaName", AREA, "text", "Ett mål.", "predecessorId", byName),
                Map.of("areaName", AREA, "text", "Ett annat mål.", "predecessorId", UUID.randomUUID().toString())));
        Api.workingGroup().body(wrongPeriod).when().put("/api/v1/plans/2018/import")
                .then().statusCode(422).body("errors[0].field", equalTo("goals[1].predecessorId"));
        Map<String, Object> both = new HashMap<>(document);
        both.put("goals", List.of(Map.of("areaName", AREA, "text", "Ett mål.", "predecessorId", byName,
                "predecessor", Map.of("areaName", AREA, "text", "Regional årlig uppföljning är ändamålsenlig och effektiv."))));
        Api.workingGroup().body(both).when().put("/api/v1/plans/2018/import")
                .then().statusCode(400).body("errors[0].field", equalTo("goals[0].predecessor"));
        Map<String, Object> blank = new HashMap<>(document);
        blank.put("goals", List.of(Map.of("areaName", AREA, "text", "Ett mål.", "predecessor", Map.of("areaName", AREA, "text", ""))));
        Api.workingGroup().body(blank).when().put("/api/v1/plans/2018/import")
                .then().statusCode(400).body("errors[0].field", equalTo("goals[0].predecessor.text"));

        // a goal of 2013–2015 that 2016–2018 continues is not removed by an import of 2015 that leaves it out
        Map<String, Object> plan2015 = new HashMap<>(Map.of("title", "RUS verksamhetsplan 2015", "periodStart", 2013,
                "periodEnd", 2015, "goals", List.of()));
        Api.workingGroup().body(plan2015).when().put("/api/v1/plans/2015/import")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Api.WORKING_GROUP).when().get(goals("2013-2015")).then().body("totalItems", equalTo(2));
    }
}
