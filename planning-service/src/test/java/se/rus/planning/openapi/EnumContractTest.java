package se.rus.planning.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract and the service agree on every enum: each value the OpenAPI document lists is accepted wherever the
 * service takes that enum (bodies, import documents, filters), and a value outside the list is a 400 naming the
 * field. An enum added to the document without a probe here fails the test, so no enum goes unchecked.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class EnumContractTest {

    private static final String OUTSIDE = "UTANFÖR_LISTAN";
    private static final int YEAR = 2068;
    private static final int IMPORT_YEAR = 2069;
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    /** Plan years no other test uses, one per status probe: DRAFT creates a draft, ADOPTED creates and adopts. */
    private static final AtomicInteger FRESH_YEAR = new AtomicInteger(2003);

    /** One place that takes an enum: how to send a value there, the field a 400 must name, where the answer echoes it. */
    private record Probe(String where, String field, Function<String, Response> send, String echo) {
    }

    private static Map<String, Object> activity(String areaId, Map<String, Object> extra) {
        Map<String, Object> body = new TreeMap<>(extra);
        body.put("areaId", areaId);
        body.put("title", "Aktivitet " + UNIQUE.incrementAndGet());
        body.put("plannedDays", 2);
        return body;
    }

    private static Map<String, Object> textBlock(String kind) {
        return "BULLETS".equals(kind) ? Map.of("kind", kind, "items", List.of("Nätverksträffar"))
                : Map.of("kind", kind, "text", "Stödja länsstyrelsernas arbete.");
    }

    private static Map<String, Object> document(Map<String, Object> extra) {
        Map<String, Object> document = new TreeMap<>(extra);
        document.put("title", "RUS verksamhetsplan " + IMPORT_YEAR);
        document.put("periodStart", 2067);
        document.put("periodEnd", 2069);
        return document;
    }

    private static Map<String, List<Probe>> probes(String areaId) {
        String activities = "/api/v1/plans/" + YEAR + "/activities";
        String members = "/api/v1/plans/" + YEAR + "/members";
        String importPath = "/api/v1/plans/" + IMPORT_YEAR + "/import";
        return Map.of(
                "PlanStatus", List.of(
                        new Probe("GET /plans?status=", "status",
                                v -> given().auth().oauth2(Api.WORKING_GROUP).queryParam("status", v).get("/api/v1/plans"), null),
                        new Probe("PUT /plans/{year}/import status", "status", v -> {
                            int year = FRESH_YEAR.getAndIncrement();
                            return Api.workingGroup().body(Map.of("title", "RUS verksamhetsplan " + year, "periodStart", year,
                                    "periodEnd", year + 2, "status", v)).put("/api/v1/plans/" + year + "/import");
                        }, "status")),
                "DevelopmentEffort", List.of(
                        new Probe("POST activity", "developmentEffort",
                                v -> Api.workingGroup().body(activity(areaId, Map.of("developmentEffort", v))).post(activities),
                                "developmentEffort"),
                        new Probe("GET activities?developmentEffort=", "developmentEffort",
                                v -> given().auth().oauth2(Api.WORKING_GROUP).queryParam("developmentEffort", v).get(activities), null),
                        new Probe("PUT import activity", "areas[0].activities[0].developmentEffort",
                                v -> Api.workingGroup().body(document(Map.of("areas", List.of(Map.of("name", "Stöd i åtgärdsarbetet",
                                        "activities", List.of(Map.of("title", "Cirkulär ekonomi", "plannedDays", 21,
                                                "developmentEffort", v))))))).put(importPath), null)),
                "MemberGroup", List.of(
                        new Probe("POST member", "group",
                                v -> Api.workingGroup().body(Map.of("group", v, "name", "Ledamot " + UNIQUE.incrementAndGet())).post(members),
                                "group"),
                        new Probe("GET members?group=", "group",
                                v -> given().auth().oauth2(Api.WORKING_GROUP).queryParam("group", v).get(members), null),
                        new Probe("PUT import organisation", "organisation[0].group",
                                v -> Api.workingGroup().body(document(Map.of("organisation", List.of(Map.of("group", v,
                                        "name", "Peder Eriksson"))))).put(importPath), null)),
                "TextBlockKind", List.of(
                        new Probe("POST activity description", "description[0].kind",
                                v -> Api.workingGroup().body(activity(areaId, Map.of("description", List.of(textBlock(v))))).post(activities),
                                "description[0].kind"),
                        new Probe("PUT import activity description", "areas[0].activities[0].description[0].kind",
                                v -> Api.workingGroup().body(document(Map.of("areas", List.of(Map.of("name", "Stöd i åtgärdsarbetet",
                                        "activities", List.of(Map.of("title", "Cirkulär ekonomi", "plannedDays", 21,
                                                "description", List.of(textBlock(v))))))))).put(importPath), null)));
    }

    /** Every enum of the document: a component schema's name, or Schema.property for an enum written inline. */
    private static Map<String, List<String>> enumsOf(JsonNode api) {
        Map<String, List<String>> enums = new TreeMap<>();
        for (Map.Entry<String, JsonNode> schema : api.get("components").get("schemas").properties()) {
            collect(schema.getKey(), schema.getValue(), enums);
        }
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if ("sort".equals(parameter.path("name").asText())) {
                        continue; // the sort fields of every list: SortingTest
                    }
                    collect(operation.getKey().toUpperCase() + " " + path.getKey() + "?" + parameter.path("name").asText(),
                            parameter.path("schema"), enums);
                }
            }
        }
        return enums;
    }

    private static String parameterSchema(JsonNode api, String path, String name) {
        for (JsonNode parameter : api.get("paths").get(path).get("get").get("parameters")) {
            if (name.equals(parameter.get("name").asText())) {
                return parameter.get("schema").path("$ref").asText();
            }
        }
        return "no parameter " + name;
    }

    private static void collect(String name, JsonNode schema, Map<String, List<String>> enums) {
        if (schema.isMissingNode()) {
            return;
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            enums.put(name, values);
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            collect(name + "." + property.getKey(), property.getValue(), enums);
        }
        collect(name + "[]", schema.path("items"), enums);
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(combinator)) {
                collect(name, part, enums);
            }
        }
    }

    @Test
    void everyEnumValueOfTheContractIsAcceptedAndNothingElseIs() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        Map<String, List<String>> enums = enumsOf(api);
        Api.createPlan(YEAR, 2067, 2069);
        Map<String, List<Probe>> probes = probes(Api.addArea(YEAR, "Stöd i åtgärdsarbetet", null));
        assertEquals(new TreeSet<>(probes.keySet()), new TreeSet<>(enums.keySet()),
                "every enum of the contract has probes, and every probe an enum: " + enums);

        // the filters are documented as the enums they are, so a generated client offers only valid values
        assertEquals(List.of("#/components/schemas/PlanStatus", "#/components/schemas/DevelopmentEffort",
                        "#/components/schemas/MemberGroup"),
                List.of(parameterSchema(api, "/api/v1/plans", "status"),
                        parameterSchema(api, "/api/v1/plans/{year}/activities", "developmentEffort"),
                        parameterSchema(api, "/api/v1/plans/{year}/members", "group")));

        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, List<Probe>> entry : probes.entrySet()) {
            for (Probe probe : entry.getValue()) {
                for (String value : enums.get(entry.getKey())) {
                    Response response = probe.send().apply(value);
                    if (response.statusCode() >= 300) {
                        disagreements.add(probe.where() + " refuses " + value + ": " + response.asString());
                    } else if (probe.echo() != null && !value.equals(response.path(probe.echo()))) {
                        disagreements.add(probe.where() + " answers " + response.path(probe.echo()) + " for " + value);
                    }
                }
                Response outside = probe.send().apply(OUTSIDE);
                if (outside.statusCode() != 400 || !outside.contentType().startsWith("application/problem+json")
                        || !probe.field().equals(outside.path("errors[0].field"))) {
                    disagreements.add(probe.where() + " answers " + outside.statusCode() + " for " + OUTSIDE + ": "
                            + outside.asString());
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }
}
