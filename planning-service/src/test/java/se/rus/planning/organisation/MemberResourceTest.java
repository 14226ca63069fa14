package se.rus.planning.organisation;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class MemberResourceTest {

    private static final int YEAR = 2060;
    private static final String MEMBERS = "/api/v1/plans/" + YEAR + "/members";

    private static Map<String, Object> member(String group, String name, String organisation, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("group", group);
        body.put("name", name);
        body.put("organisation", organisation);
        body.put("role", role);
        return body;
    }

    @Test
    void recordsTheSteeringAndWorkingGroupWithChangesDuringTheYear() {
        Api.createPlan(YEAR, 2060, 2062);
        String worker = Api.workingGroup().body(member("WORKING", "Anders Bergström", "Lst Västra Götaland", null))
                .when().post(MEMBERS).then().statusCode(201).extract().path("id");
        String chair = Api.workingGroup().body(member("STEERING", "Peder Eriksson", "Lst Örebro", "miljönätverket, ordförande"))
                .when().post(MEMBERS)
                .then().statusCode(201).header("Location", containsString(MEMBERS + "/")).header("ETag", notNullValue())
                .body("group", equalTo("STEERING")).body("year", equalTo(YEAR))
                .extract().path("id");
        String leaving = Api.workingGroup().body(member("STEERING", "Karin Frejarö", "Lst Västernorrland",
                        "chefsnätverket hållbar tillväxt (NHT21)"))
                .when().post(MEMBERS).then().statusCode(201).extract().path("id");

        given().auth().oauth2(Api.COUNTY).when().get(MEMBERS)
                .then().statusCode(200)
                .body("items.name", contains("Peder Eriksson", "Karin Frejarö", "Anders Bergström"));
        given().auth().oauth2(Api.STEERING).when().get(MEMBERS + "?group=WORKING")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(worker));

        Api.Event joined = Api.awaitEvent("se.rus.planning.MemberJoined.v1", chair);
        assertEquals(String.valueOf(YEAR), joined.key());
        assertEquals("Peder Eriksson", joined.data().get("name").asText());
        assertEquals("STEERING", joined.data().get("group").asText());
        assertEquals("Lst Örebro", joined.data().get("organisation").asText());
        assertEquals("miljönätverket, ordförande", joined.data().get("role").asText());
        assertTrue(joined.data().get("leftOn").isNull());
        assertEquals(9, joined.data().size(), joined.data().toString());

        String tag = given().auth().oauth2(Api.WORKING_GROUP).when().get(MEMBERS + "/" + leaving)
                .then().statusCode(200).extract().header("ETag");
        Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", tag)
                .body("{\"leftOn\": \"2024-09-30\", \"replacedBy\": \"Maria Ek\"}")
                .when().patch(MEMBERS + "/" + leaving)
                .then().statusCode(200).body("leftOn", equalTo("2024-09-30")).body("replacedBy", equalTo("Maria Ek"))
                .body("name", equalTo("Karin Frejarö"));
        Api.Event changed = Api.awaitEvent("se.rus.planning.MemberChanged.v1", leaving);
        assertEquals("2024-09-30", changed.data().get("leftOn").asText());
        assertEquals("Maria Ek", changed.data().get("replacedBy").asText());

        String workerTag = given().auth().oauth2(Api.WORKING_GROUP).when().get(MEMBERS + "/" + worker).then().extract().header("ETag");
        given().auth().oauth2(Api.WORKING_GROUP).when().delete(MEMBERS + "/" + worker).then().statusCode(428);
        given().auth().oauth2(Api.WORKING_GROUP).header("If-Match", workerTag).when().delete(MEMBERS + "/" + worker).then().statusCode(204);
        assertEquals("Anders Bergström", Api.awaitEvent("se.rus.planning.MemberLeft.v1", worker).data().get("name").asText());
        given().auth().oauth2(Api.WORKING_GROUP).when().get(MEMBERS + "/" + worker).then().statusCode(404);
    }

    @Test
    void rejectsDuplicatesBadInputAndUnknownMembers() {
        int year = 2061;
        String members = "/api/v1/plans/" + year + "/members";
        Api.createPlan(year, 2060, 2062);
        String id = Api.workingGroup().body(member("WORKING", "Moa Lindvert", "Lst Jönköping", null)).when().post(members)
                .then().statusCode(201).extract().path("id");
        Api.workingGroup().body(member("WORKING", "Moa Lindvert", "Lst Jönköping", null)).when().post(members)
                .then().statusCode(409).contentType("application/problem+json");
        Api.workingGroup().body(member("STEERING", "Moa Lindvert", "Lst Jönköping", null)).when().post(members).then().statusCode(201);
        Map<String, Object> noGroup = member(null, "Johan Niss", "Lst Skåne", null);
        Api.workingGroup().body(noGroup).when().post(members).then().statusCode(400).body("errors[0].field", equalTo("group"));
        Map<String, Object> backwards = member("WORKING", "Johan Niss", "Lst Skåne", null);
        backwards.put("joinedOn", "2024-06-01");
        backwards.put("leftOn", "2024-01-31");
        Api.workingGroup().body(backwards).when().post(members).then().statusCode(400).body("errors[0].field", equalTo("leftOn"));
        Map<String, Object> badDate = member("WORKING", "Johan Niss", "Lst Skåne", null);
        badDate.put("joinedOn", "i våras");
        Api.workingGroup().body(badDate).when().post(members).then().statusCode(400).body("errors[0].field", equalTo("joinedOn"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get(members + "?group=ALLA")
                .then().statusCode(400).body("errors[0].field", equalTo("group"));
        String tag = given().auth().oauth2(Api.WORKING_GROUP).when().get(members + "/" + id).then().extract().header("ETag");
        Api.workingGroup().header("If-Match", "\"5\"").body(member("WORKING", "Moa Lindvert", "Lst Jönköping", "samordnare"))
                .when().put(members + "/" + id).then().statusCode(412);
        Api.workingGroup().header("If-Match", tag).body(member("WORKING", "Moa Lindvert", "Lst Jönköping", "samordnare"))
                .when().put(members + "/" + id).then().statusCode(200).body("role", equalTo("samordnare"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get(members + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/1995/members").then().statusCode(404);
        Api.as(Api.COUNTY).body(member("WORKING", "Länets person", "Lst Stockholm", null)).when().post(members).then().statusCode(403);
        given().when().get(members).then().statusCode(401);
    }
}
