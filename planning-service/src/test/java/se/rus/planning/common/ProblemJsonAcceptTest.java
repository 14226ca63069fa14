package se.rus.planning.common;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Generated clients (OpenAPI Generator) send {@code Accept: application/problem+json} alone when the contract gives
 * a success no JSON body (a DELETE's 204), and did so for every create before its 201 was typed. Such a request
 * gets its resource, its 204 or its problem, never a 406 (the platform's {@code ProblemJsonAccept}).
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class ProblemJsonAcceptTest {

    private static final int YEAR = 2092;
    private static final String AREAS = "/api/v1/plans/" + YEAR + "/areas";
    private static final String PROBLEM_ONLY = "application/problem+json";

    @Test
    void aClientThatAcceptsOnlyProblemsGetsItsResourceItsProblemAndItsDeletion() {
        Api.createPlan(YEAR, YEAR, YEAR + 2);
        String id = Api.workingGroup().accept(PROBLEM_ONLY).body(Map.of("name", "Miljömålsuppföljning"))
                .when().post(AREAS)
                .then().statusCode(201).contentType(startsWith("application/json"))
                .header("Location", containsString(AREAS + "/")).header("ETag", notNullValue())
                .body("name", equalTo("Miljömålsuppföljning"))
                .extract().path("id");

        Api.workingGroup().accept(PROBLEM_ONLY).body(Map.of("name", "Miljömålsuppföljning"))
                .when().post(AREAS)
                .then().statusCode(409).contentType(startsWith(PROBLEM_ONLY)).body("status", equalTo(409));
        Api.workingGroup().accept(PROBLEM_ONLY).body(Map.of("name", " "))
                .when().post(AREAS)
                .then().statusCode(400).contentType(startsWith(PROBLEM_ONLY)).body("errors[0].field", equalTo("name"));

        String etag = Api.workingGroup().when().get(AREAS + "/" + id).then().statusCode(200).extract().header("ETag");
        Api.workingGroup().accept(PROBLEM_ONLY).when().delete(AREAS + "/" + id)
                .then().statusCode(428).contentType(startsWith(PROBLEM_ONLY));
        Api.workingGroup().accept(PROBLEM_ONLY).header("If-Match", etag).when().delete(AREAS + "/" + id)
                .then().statusCode(204);
    }

    @Test
    void aClientThatAcceptsNeitherJsonNorProblemsIsStillRefusedWithAProblem() {
        Api.workingGroup().accept("text/csv").when().get("/api/v1/plans")
                .then().statusCode(406).contentType(startsWith(PROBLEM_ONLY));
    }
}
