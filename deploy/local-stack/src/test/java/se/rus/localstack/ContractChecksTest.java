package se.rus.localstack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractChecksTest {

    private static final String COMPONENTS = """
            "components": {"schemas": {
              "EntryCategory": {"type": "string", "enum": ["DIRECT_SPEND", "CORRECTION"]},
              "NewLedgerEntry": {"type": "object", "required": ["amount"], "properties": {
                "amount": {"type": "string", "pattern": "%s", "examples": ["%s"]},
                "entryDate": {"type": "string", "format": "date", "examples": ["%s"]},
                "category": {"$ref": "#/components/schemas/EntryCategory", "examples": ["%s"]},
                "counterpart": {%s "examples": [null]}}}}}
            """;

    private static String document(String version, String pattern, String amount, String date, String category,
                                   String nullable) {
        return "{\"openapi\": \"" + version + "\", \"paths\": {\"/api/v1/years/{year}/ledger-entries\": {\"get\": {"
                + "\"parameters\": [{\"name\": \"category\", \"in\": \"query\", \"example\": \"" + category + "\","
                + " \"schema\": {\"$ref\": \"#/components/schemas/EntryCategory\"}}],"
                + " \"responses\": {\"200\": {\"content\": {\"application/json\": {\"schema\": {\"type\": \"array\","
                + " \"items\": {\"$ref\": \"#/components/schemas/NewLedgerEntry\"}},"
                + " \"examples\": {\"rättelse\": {\"value\": [{\"amount\": \"" + amount + "\"}]}}}}}}}}},"
                + COMPONENTS.formatted(pattern, amount, date, category, nullable) + "}";
    }

    @Test
    void examplesThatMatchTheirSchemasPass() {
        assertEquals(List.of(), ContractChecks.examplesNotMatchingTheirSchema(document("3.1.0",
                "^-?\\\\d{1,13}([.]\\\\d{1,2})?$", "-1250.50", "2024-10-15", "CORRECTION", "\"type\": [\"string\", \"null\"],")));
        assertEquals(List.of(), ContractChecks.examplesNotMatchingTheirSchema(document("3.0.3",
                "^-?\\\\d{1,13}([.]\\\\d{1,2})?$", "-1250.50", "2024-10-15", "CORRECTION", "\"type\": \"string\", \"nullable\": true,")));
    }

    @Test
    void everyExampleAgainstItsOwnSchemaIsReportedWithItsPointer() {
        List<String> failures = ContractChecks.examplesNotMatchingTheirSchema(document("3.1.0",
                "^\\\\d{1,13}([.]\\\\d{1,2})?$", "-1250.50", "2024-02-30", "OTHER", "\"type\": \"string\","));
        String all = String.join("\n", failures);
        for (String pointer : List.of(
                "/components/schemas/NewLedgerEntry/properties/amount/examples/0",
                "/components/schemas/NewLedgerEntry/properties/entryDate/examples/0",
                "/components/schemas/NewLedgerEntry/properties/category/examples/0",
                "/components/schemas/NewLedgerEntry/properties/counterpart/examples/0",
                "/paths/~1api~1v1~1years~1{year}~1ledger-entries/get/parameters/0/example",
                "/paths/~1api~1v1~1years~1{year}~1ledger-entries/get/responses/200/content/application~1json/examples/rättelse/value")) {
            assertTrue(failures.stream().anyMatch(f -> f.startsWith(pointer + ":")), pointer + " not in:\n" + all);
        }
        assertEquals(6, failures.size(), all);
    }

    @Test
    void aDocumentWithoutExamplesFails() {
        assertEquals(1, ContractChecks.examplesNotMatchingTheirSchema("{\"openapi\": \"3.1.0\", \"paths\": {}}").size());
    }

    private static final String USABLE = """
            {"openapi": "3.1.0", "paths": {
              "/api/v1/plans/{year}/areas": {"post": {"responses": {"201": {
                "headers": {"Location": {"$ref": "#/components/headers/Location"}},
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Area"}}}}}}},
              "/api/v1/plans/{year}/areas/{areaId}": {"patch": {
                "parameters": [{"name": "If-Match", "in": "header", "required": true, "schema": {"type": "string"}}],
                "requestBody": {"content": {"application/merge-patch+json": {"schema": {"$ref": "#/components/schemas/AreaPatch"}}}},
                "responses": {"428": {"description": "If-Match saknas"},
                              "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Area"}}}}}}}},
             "components": {"schemas": {
              "Area": {"type": "object", "properties": {"position": {"$ref": "#/components/schemas/Position"}}},
              "Position": {"type": "integer"},
              "AreaPatch": {"type": "object"}%s}}}
            """;

    @Test
    void aContractAGeneratedClientCanUsePasses() {
        assertEquals(List.of(), ContractChecks.brokenForGeneratedClients(USABLE.formatted("")));
    }

    @Test
    void whatAGeneratedClientCannotUseIsNamed() {
        String broken = USABLE.formatted(", \"Unused\": {\"type\": \"object\"}")
                .replace("\"headers\": {\"Location\": {\"$ref\": \"#/components/headers/Location\"}},", "")
                .replace("\"required\": true, ", "")
                .replace("{\"$ref\": \"#/components/schemas/AreaPatch\"}", "{\"type\": \"string\"}")
                .replace("\"200\": {\"content\": {\"application/json\": {\"schema\": {\"$ref\": \"#/components/schemas/Area\"}",
                        "\"200\": {\"content\": {\"application/json\": {\"schema\": {}");
        List<String> failures = ContractChecks.brokenForGeneratedClients(broken);
        String all = String.join("\n", failures);
        assertEquals(List.of(
                "POST /api/v1/plans/{year}/areas 201: no Location header",
                "PATCH /api/v1/plans/{year}/areas/{areaId} 200 application/json: untyped body (schema {})",
                "PATCH /api/v1/plans/{year}/areas/{areaId}: answers 428 but If-Match is not a required header parameter",
                "PATCH /api/v1/plans/{year}/areas/{areaId}: the PATCH body is not a referenced schema under application/merge-patch+json alone",
                "components/schemas/AreaPatch: referenced by no operation",
                "components/schemas/Unused: referenced by no operation"), failures, all);
    }

    @Test
    void aSuccessThatDescribesNoBodyIsNamed() {
        String bodiless = """
                {"openapi": "3.1.0", "paths": {
                  "/api/v1/webhooks/subscriptions": {"post": {"responses": {
                    "201": {"headers": {"Location": {"$ref": "#/components/headers/Location"}}}}}},
                  "/api/v1/webhooks/subscriptions/{id}": {"get": {"responses": {"200": {"description": "En prenumeration"}}},
                    "delete": {"responses": {"204": {"description": "Borttagen"}}}}}}
                """;
        assertEquals(List.of(
                "POST /api/v1/webhooks/subscriptions 201: no body described",
                "GET /api/v1/webhooks/subscriptions/{id} 200: no body described"),
                ContractChecks.brokenForGeneratedClients(bodiless));
    }
}
