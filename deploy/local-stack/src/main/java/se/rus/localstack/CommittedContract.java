package se.rus.localstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;

/**
 * The OpenAPI document a service generates is committed as {@code deploy/contracts/<service>.openapi.yaml}, so every
 * contract change is reviewed as a diff and the front end, Redocly and the TypeScript check build from that file.
 * The committed form is canonical: object keys sorted at every level, YAML; nothing in it depends on where or
 * when it was generated (the one server is the relative {@code /}).
 * {@code -Drus.contracts.update=true} rewrites the committed file instead of failing.
 */
public final class CommittedContract {

    public static final String UPDATE_SWITCH = "rus.contracts.update";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            // "4259660.71" and "01" are strings: unquoted, a YAML reader would take them for numbers
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private CommittedContract() {
    }

    /**
     * Compares the running service's {@code /q/openapi} (a Quarkus test's) with the committed document, writes the
     * generated one to {@code target/openapi/<service>.openapi.yaml} either way, and rewrites the committed one
     * when the update switch is on.
     */
    public static void matchesTheGeneratedDocument(String service) {
        String generated = canonicalYaml(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Path committed = contractsDirectory().resolve(service + ".openapi.yaml");
        try {
            Path built = Path.of("target", "openapi", service + ".openapi.yaml");
            Files.createDirectories(built.getParent());
            Files.writeString(built, generated, StandardCharsets.UTF_8);
            if (Boolean.getBoolean(UPDATE_SWITCH)) {
                Files.writeString(committed, generated, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
            if (!expected.equals(generated)) {
                throw new AssertionError("The OpenAPI document of " + service + " differs from the committed "
                        + committed.normalize() + " (generated: " + built.toAbsolutePath().normalize() + ").\n"
                        + firstDifference(expected, generated)
                        + "\nIf the change is intended: ./mvnw verify -pl " + service + " -am -Dtest=ContractExamplesTest"
                        + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_SWITCH + "=true, then review the diff.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as committed: keys sorted at every level, YAML ending in one newline. */
    public static String canonicalYaml(String openApiJson) {
        return YAML.writeValueAsString(sorted(JSON.readTree(openApiJson))).stripTrailing() + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(field -> fields.put(field.getKey(), sorted(field.getValue())));
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            fields.forEach(object::set);
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> array.add(sorted(element)));
            return array;
        }
        return node;
    }

    private static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int line = 0;
        while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
            line++;
        }
        List<String> context = new ArrayList<>();
        context.add("first difference at line " + (line + 1) + ":");
        for (int i = Math.max(0, line - 3); i < Math.min(Math.max(a.size(), b.size()), line + 4); i++) {
            String was = i < a.size() ? a.get(i) : "<end>";
            String now = i < b.size() ? b.get(i) : "<end>";
            context.add(was.equals(now) ? "  " + was : "- " + was + "\n+ " + now);
        }
        return String.join("\n", context);
    }

    /** {@code deploy/contracts} of this checkout, found from the module the test runs in. */
    public static Path contractsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path contracts = dir.resolve("deploy").resolve("contracts");
            if (Files.isDirectory(contracts)) {
                return contracts;
            }
        }
        throw new IllegalStateException("no deploy/contracts above " + Path.of("").toAbsolutePath());
    }
}
