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
}
