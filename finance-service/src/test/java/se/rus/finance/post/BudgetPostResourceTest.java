package se.rus.finance.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.finance.year.FinanceEvents;
import se.rus.localstack.RusTestInfrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rus.finance.Events.data;
import static se.rus.finance.FinanceApi.COUNTY;
import static se.rus.finance.FinanceApi.WORKING_GROUP;
import static se.rus.finance.FinanceApi.STEERING;
import static se.rus.finance.FinanceApi.as;
import static se.rus.finance.FinanceApi.awaitEvent;
import static se.rus.finance.FinanceApi.definePost;
import static se.rus.finance.FinanceApi.entry;
import static se.rus.finance.FinanceApi.openYear;
import static se.rus.finance.FinanceApi.record;
import static se.rus.finance.FinanceApi.workingGroup;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class BudgetPostResourceTest {

    private static final String[] POST_FIELDS = {"id", "year", "position", "name", "budget", "comment"};

    @Test
    void definesOrderedPostsWithStructuredCommentsAndPublishesThem() {
        openYear(2031);
        Map<String, Object> salaries = Map.of("name", "Löner, resor m.m. RUS", "budget", "3700000.00",
                "comment", List.of(
                        Map.of("kind", "PARAGRAPH", "text", "Avser RUS arbetsgrupps löner och omkostnader."),
                        Map.of("kind", "BULLETS", "items", List.of("Tvådagarsmöte: 57 371 kr", "Extra resurs 140 h"))));
        String salariesId = workingGroup().body(salaries).when().post("/api/v1/years/2031/budget-posts")
                .then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", equalTo("\"0\""))
                .body("position", equalTo(1))
                .body("budget", equalTo("3700000.00"))
                .body("comment[1].items[0]", equalTo("Tvådagarsmöte: 57 371 kr"))
                .extract().path("id");
        JsonNode defined = data(awaitEvent(2031, FinanceEvents.POST_DEFINED, salariesId), POST_FIELDS);
        assertEquals("3700000.00", defined.get("budget").asText());
        assertEquals("BULLETS", defined.get("comment").get(1).get("kind").asText());
        assertEquals(List.of("kind", "text"), fieldNames(defined.get("comment").get(0)));
        assertEquals(List.of("items", "kind"), fieldNames(defined.get("comment").get(1)));
        assertEquals(2031, defined.get("year").asInt());

        String projectsId = definePost(2031, "Projekt/insatser", "550000.00");
        String eventsId = workingGroup().body(Map.of("name", "Arrangemang", "budget", "200000.00", "position", 2))
                .when().post("/api/v1/years/2031/budget-posts").then().statusCode(201)
                .body("position", equalTo(2)).extract().path("id");

        as(STEERING).when().get("/api/v1/years/2031/budget-posts").then().statusCode(200)
                .body("items.name", contains("Löner, resor m.m. RUS", "Arrangemang", "Projekt/insatser"))
                .body("items.position", contains(1, 2, 3))
                .body("totalItems", equalTo(3));
        // moving Arrangemang to 2 pushed Projekt/insatser to 3: consumers learn it from a Changed event
        JsonNode moved = data(awaitEvent(2031, FinanceEvents.POST_CHANGED, projectsId), POST_FIELDS);
        assertEquals(3, moved.get("position").asInt());

        workingGroup().header("If-Match", "\"0\"")
                .body(Map.of("name", "Arrangemang", "budget", "250000.00", "position", 1))
                .when().put("/api/v1/years/2031/budget-posts/" + eventsId)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("budget", equalTo("250000.00")).body("position", equalTo(1));
        JsonNode changed = data(awaitEvent(2031, FinanceEvents.POST_CHANGED, eventsId), POST_FIELDS);
        assertEquals("250000.00", changed.get("budget").asText());
        as(STEERING).when().get("/api/v1/years/2031/budget-posts?page=0&size=2").then().statusCode(200)
                .body("items.name", contains("Arrangemang", "Löner, resor m.m. RUS"))
                .body("totalItems", equalTo(3)).body("size", equalTo(2));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    @Test
    void patchIsAMergePatchValidatedLikeAPut() {
        openYear(2046);
        String path = "/api/v1/years/2046/budget-posts/" + workingGroup().body(Map.of("name", "Arrangemang",
                        "budget", "250000.00", "comment", List.of(Map.of("kind", "PARAGRAPH", "text", "Nätverksträffar."))))
                .when().post("/api/v1/years/2046/budget-posts").then().statusCode(201).extract().<String>path("id");
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"budget\":\"260000.00\"}").when().patch(path).then().statusCode(200)
                .body("name", equalTo("Arrangemang")).body("comment[0].text", equalTo("Nätverksträffar."));
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"comment\":null}").when().patch(path).then().statusCode(200)
                .body("budget", equalTo("260000.00")).body("comment.size()", equalTo(0));
        for (String invalid : List.of("{\"name\":null}", "{\"name\":\" \"}", "{\"budget\":null}", "{\"budget\":\"-1.00\"}")) {
            given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"2\"")
                    .body(invalid).when().patch(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(invalid.substring(2, invalid.indexOf('"', 2))));
        }
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"2\"")
                .body("[]").when().patch(path).then().statusCode(400).contentType("application/problem+json");
        as(STEERING).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"2\"").body("{}")
                .when().patch(path).then().statusCode(403);
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{}").when().patch("/api/v1/years/2046/budget-posts/7d7c0c5e-0000-4000-8000-000000000000")
                .then().statusCode(404);
    }

    @Test
    void putAndDeleteNeedACurrentIfMatchAndAPostWithEntriesStays() {
        openYear(2034);
        String id = definePost(2034, "Övrigt", "50000.00");
        Map<String, Object> change = Map.of("name", "Övrigt", "budget", "40000.00");
        workingGroup().body(change).when().put("/api/v1/years/2034/budget-posts/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        workingGroup().header("If-Match", "\"5\"").body(change).when().put("/api/v1/years/2034/budget-posts/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body(Map.of("budget", "45000.00")).when().patch("/api/v1/years/2034/budget-posts/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Övrigt")).body("budget", equalTo("45000.00"));
        workingGroup().header("If-Match", "\"0\"").body(Map.of("budget", "1.00"))
                .when().patch("/api/v1/years/2034/budget-posts/" + id).then().statusCode(412);

        String empty = definePost(2034, "Tillfällig post", "1.00");
        workingGroup().when().delete("/api/v1/years/2034/budget-posts/" + empty).then().statusCode(428);
        workingGroup().header("If-Match", "\"0\"").when().delete("/api/v1/years/2034/budget-posts/" + empty)
                .then().statusCode(204);
        workingGroup().when().get("/api/v1/years/2034/budget-posts/" + empty).then().statusCode(404);
        data(awaitEvent(2034, FinanceEvents.POST_REMOVED, empty), POST_FIELDS);

        record(2034, entry(id, "2034-02-01", "100.00", "Webbhotell"));
        workingGroup().header("If-Match", "\"1\"").when().delete("/api/v1/years/2034/budget-posts/" + id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badInputNamesTheFieldAndDuplicatesConflict() {
        openYear(2035);
        workingGroup().body(Map.of("name", "Arrangemang", "budget", "200000.001"))
                .when().post("/api/v1/years/2035/budget-posts")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("budget"));
        workingGroup().body(Map.of("budget", "200000.00")).when().post("/api/v1/years/2035/budget-posts")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        workingGroup().body(Map.of("name", "Arrangemang", "budget", "200000.00",
                        "comment", List.of(Map.of("kind", "PARAGRAPH"))))
                .when().post("/api/v1/years/2035/budget-posts")
                .then().statusCode(400).body("errors[0].field", equalTo("comment[0]"));
        definePost(2035, "Arrangemang", "200000.00");
        workingGroup().body(Map.of("name", "Arrangemang", "budget", "1.00"))
                .when().post("/api/v1/years/2035/budget-posts").then().statusCode(409);
        workingGroup().body(Map.of("name", "Arrangemang", "budget", "1.00"))
                .when().post("/api/v1/years/1998/budget-posts").then().statusCode(404);
        workingGroup().when().get("/api/v1/years/2035/budget-posts/7d7c0c5e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        as(COUNTY).body(Map.of("name", "Övrigt", "budget", "1.00"))
                .when().post("/api/v1/years/2035/budget-posts").then().statusCode(403);
        given().when().get("/api/v1/years/2035/budget-posts").then().statusCode(401);
    }
}
