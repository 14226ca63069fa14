package se.rus.finance;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.TopicReader;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Test helpers that drive the finance API as the working group would. */
public final class FinanceApi {

    public static final String TOPIC = "rus.finance.v1";
    public static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    public static final String STEERING = RusTestInfrastructure.token("rus-steering");
    public static final String NATURVARDSVERKET = RusTestInfrastructure.token("naturvardsverket");
    public static final String COUNTY = RusTestInfrastructure.countyToken("21");

    private FinanceApi() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification workingGroup() {
        return as(WORKING_GROUP);
    }

    public static void openYear(int year) {
        workingGroup().body(Map.of("year", year, "appropriationName", "Anslag 1:2 Miljöövervakning",
                        "appropriation", "6000000.00", "keyDistributed", "1500000.00"))
                .when().post("/api/v1/years").then().statusCode(201);
    }

    public static String definePost(int year, String name, String budget) {
        return workingGroup().body(Map.of("name", name, "budget", budget))
                .when().post("/api/v1/years/" + year + "/budget-posts")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> entry(String postId, String date, String amount, String text) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("postId", postId);
        entry.put("entryDate", date);
        entry.put("amount", amount);
        entry.put("text", text);
        entry.put("category", "DIRECT_SPEND");
        return entry;
    }

    public static String record(int year, Map<String, Object> entry) {
        return workingGroup().body(entry).when().post("/api/v1/years/" + year + "/ledger-entries")
                .then().statusCode(201).extract().path("id");
    }

    /** The event about {@code subject} of {@code type}, asserting the year as key. */
    public static ConsumerRecord<String, String> awaitEvent(int year, String type, String subject) {
        ConsumerRecord<String, String> record = TopicReader.await(TOPIC,
                r -> r.value().contains("\"type\":\"" + type + "\"") && r.value().contains("\"subject\":\"" + subject + "\""),
                Duration.ofSeconds(30));
        if (!Integer.toString(year).equals(record.key())) {
            throw new AssertionError("key " + record.key() + " is not the year " + year);
        }
        return record;
    }
}
