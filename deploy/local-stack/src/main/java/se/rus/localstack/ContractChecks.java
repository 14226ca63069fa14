package se.rus.localstack;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;

/**
 * The contract rules every service's OpenAPI document must keep, checked the same way in each service: an
 * example is what a generated client or a reader copies, so it must be valid against the schema it illustrates;
 * and a generated client gets a type for every answer, the headers it must read and send, and a real PATCH body.
 */
public final class ContractChecks {

    /** Where the document is registered so that its {@code $ref}s ({@code #/components/...}) resolve. */
    private static final String DOCUMENT = "https://rus.example/contract/openapi.json";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final List<String> SUBSCHEMA_LISTS = List.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final List<String> SUBSCHEMA_MAPS = List.of("properties", "patternProperties", "$defs", "dependentSchemas");
    private static final List<String> SUBSCHEMAS = List.of("items", "additionalProperties", "not", "contains",
            "if", "then", "else", "propertyNames", "unevaluatedItems", "unevaluatedProperties");

    private ContractChecks() {
    }

    /** Every schema, parameter and media-type example of the running service's {@code /q/openapi} matches its schema. */
    public static void everyExampleMatchesItsSchema() {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        List<String> failures = examplesNotMatchingTheirSchema(document);
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " example(s) in the OpenAPI document do not match their schema:\n"
                    + String.join("\n", failures));
        }
    }

    /**
     * Each failing example as "pointer-of-the-example: what is wrong". OpenAPI 3.1 schemas are JSON Schema
     * 2020-12 (with the OpenAPI vocabulary); a 3.0 document is read with the 3.0 dialect, which knows {@code nullable}.
     * Formats (date, uuid, date-time …) are asserted, not only annotated.
     */
    public static List<String> examplesNotMatchingTheirSchema(String openApiJson) {
        JsonNode document = JsonMapper.builder().build().readTree(openApiJson);
        Dialect dialect = document.path("openapi").asString("").startsWith("3.0")
                ? Dialects.getOpenApi30() : Dialects.getOpenApi31();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder
                .schemas(Map.of(DOCUMENT, openApiJson))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        List<Example> examples = new ArrayList<>();
        collectFromDocument(document, examples);
        if (examples.isEmpty()) {
            return List.of("the document has no examples at all; the conventions ask for examples with real data");
        }
        List<String> failures = new ArrayList<>();
        for (Example example : examples) {
            Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + uriFragment(example.schemaPointer())));
            schema.validate(example.value()).forEach(error ->
                    failures.add(example.pointer() + ": " + example.value() + " — " + error.getMessage()));
        }
        return failures;
    }

    /**
     * The running service's {@code /q/openapi} says what a generated client needs (issue 28): see
     * {@link #brokenForGeneratedClients(String)}.
     */
    public static void generatedClientsCanUseTheContract() {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        List<String> failures = brokenForGeneratedClients(document);
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " place(s) in the OpenAPI document a generated client cannot use:\n"
                    + String.join("\n", failures));
        }
    }

    /**
     * The service under test holds what it sends against its contract ({@link SentHeadersAreDeclared}): a success
     * of {@code path}, read by the working group, is checked. Fails when the check is not wired in (it would then
     * pass every test silently).
     */
    public static void sentResponsesAreHeldAgainstTheContract(String path) {
        long before = SentHeadersAreDeclared.checked();
        given().auth().oauth2(RusTestInfrastructure.token("rus-working-group")).when().get(path).then().statusCode(200);
        if (SentHeadersAreDeclared.checked() <= before) {
            throw new AssertionError("GET " + path + " answered 200 without being held against the contract: "
                    + SentHeadersAreDeclared.class.getSimpleName() + " is not active in this service's tests");
        }
    }

    /**
     * What makes OpenAPI Generator or openapi-typescript produce a client that cannot do its job, one line each:
     * a success body without a schema ({@code schema: {}} becomes {@code Object}/{@code any}), or a 200 or 201 that
     * describes no body at all (the client drops what the service sends); a 201 without
     * {@code Location}; an operation that answers 428 without a required {@code If-Match}; a PATCH whose body is not
     * a referenced schema under {@code application/merge-patch+json} alone; a component schema no operation reaches.
     */
    public static List<String> brokenForGeneratedClients(String openApiJson) {
        JsonNode document = JsonMapper.builder().build().readTree(openApiJson);
        List<String> failures = new ArrayList<>();
        Set<String> reached = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!OPERATIONS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            collectReferences(operation, reached);
            operation.path("responses").properties().forEach(response -> {
                if (!response.getKey().startsWith("2")) {
                    return;
                }
                response.getValue().path("content").properties().forEach(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    if (!schema.isObject() || schema.isEmpty()) {
                        failures.add(where + " " + response.getKey() + " " + media.getKey() + ": untyped body (schema {})");
                    }
                });
                if ((response.getKey().equals("200") || response.getKey().equals("201"))
                        && response.getValue().path("content").isEmpty()) {
                    failures.add(where + " " + response.getKey() + ": no body described");
                }
                if (response.getKey().equals("201") && !response.getValue().path("headers").has("Location")) {
                    failures.add(where + " 201: no Location header");
                }
            });
            if (operation.path("responses").has("428")) {
                boolean required = false;
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("in").asString("").equals("header") && parameter.path("name").asString("").equalsIgnoreCase("If-Match")) {
                        required = parameter.path("required").asBoolean(false);
                    }
                }
                if (!required) {
                    failures.add(where + ": answers 428 but If-Match is not a required header parameter");
                }
            }
            JsonNode body = operation.path("requestBody");
            if (entry.getKey().equals("patch") && !body.isMissingNode()) {
                JsonNode content = body.path("content");
                if (content.size() != 1 || !content.path("application/merge-patch+json").path("schema").has("$ref")) {
                    failures.add(where + ": the PATCH body is not a referenced schema under application/merge-patch+json alone");
                }
            }
        }));
        // the messages a service sends to its subscribers (OpenAPI webhooks) reach their schemas as operations do
        collectReferences(document.path("webhooks"), reached);
        JsonNode schemas = document.path("components").path("schemas");
        Deque<String> pending = new ArrayDeque<>(reached);
        while (!pending.isEmpty()) {
            Set<String> next = new TreeSet<>();
            collectReferences(schemas.path(pending.pop()), next);
            for (String name : next) {
                if (reached.add(name)) {
                    pending.push(name);
                }
            }
        }
        schemas.propertyNames().forEach(name -> {
            if (!reached.contains(name)) {
                failures.add("components/schemas/" + name + ": referenced by no operation");
            }
        });
        return failures;
    }

    /** The names of the component schemas {@code node} refers to ({@code #/components/schemas/Name}). */
    private static void collectReferences(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isString()
                        && field.getValue().asString().startsWith("#/components/schemas/")) {
                    names.add(field.getValue().asString().substring("#/components/schemas/".length()));
                } else {
                    collectReferences(field.getValue(), names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectReferences(element, names));
        }
    }

    private record Example(String pointer, String schemaPointer, JsonNode value) {
    }

    private static void collectFromDocument(JsonNode document, List<Example> examples) {
        document.path("paths").properties().forEach(path -> {
            String pathPointer = "/paths/" + escape(path.getKey());
            path.getValue().properties().forEach(item -> {
                String itemPointer = pathPointer + "/" + escape(item.getKey());
                if (item.getKey().equals("parameters")) {
                    collectFromList(item.getValue(), itemPointer, examples, ContractChecks::collectFromParameter);
                } else if (OPERATIONS.contains(item.getKey())) {
                    collectFromOperation(item.getValue(), itemPointer, examples);
                }
            });
        });
        JsonNode components = document.path("components");
        components.path("schemas").properties().forEach(schema ->
                collectFromSchema(schema.getValue(), "/components/schemas/" + escape(schema.getKey()), examples));
        components.path("parameters").properties().forEach(parameter ->
                collectFromParameter(parameter.getValue(), "/components/parameters/" + escape(parameter.getKey()), examples));
        components.path("headers").properties().forEach(header ->
                collectFromParameter(header.getValue(), "/components/headers/" + escape(header.getKey()), examples));
        components.path("requestBodies").properties().forEach(body ->
                collectFromContent(body.getValue(), "/components/requestBodies/" + escape(body.getKey()), examples));
        components.path("responses").properties().forEach(response ->
                collectFromResponse(response.getValue(), "/components/responses/" + escape(response.getKey()), examples));
    }

    private interface Collector {
        void collect(JsonNode node, String pointer, List<Example> examples);
    }

    private static void collectFromList(JsonNode list, String pointer, List<Example> examples, Collector collector) {
        for (int i = 0; i < list.size(); i++) {
            collector.collect(list.get(i), pointer + "/" + i, examples);
        }
    }

    private static void collectFromOperation(JsonNode operation, String pointer, List<Example> examples) {
        collectFromList(operation.path("parameters"), pointer + "/parameters", examples, ContractChecks::collectFromParameter);
        collectFromContent(operation.path("requestBody"), pointer + "/requestBody", examples);
        operation.path("responses").properties().forEach(response ->
                collectFromResponse(response.getValue(), pointer + "/responses/" + escape(response.getKey()), examples));
    }

    private static void collectFromResponse(JsonNode response, String pointer, List<Example> examples) {
        response.path("headers").properties().forEach(header ->
                collectFromParameter(header.getValue(), pointer + "/headers/" + escape(header.getKey()), examples));
        collectFromContent(response, pointer, examples);
    }

    private static void collectFromContent(JsonNode holder, String pointer, List<Example> examples) {
        holder.path("content").properties().forEach(media ->
                collectFromParameter(media.getValue(), pointer + "/content/" + escape(media.getKey()), examples));
    }

    /** A parameter, header or media type: an {@code example} or {@code examples} map beside a {@code schema}. */
    private static void collectFromParameter(JsonNode holder, String pointer, List<Example> examples) {
        if (!holder.has("schema")) {
            return;
        }
        String schemaPointer = pointer + "/schema";
        collectFromSchema(holder.get("schema"), schemaPointer, examples);
        if (holder.has("example")) {
            examples.add(new Example(pointer + "/example", schemaPointer, holder.get("example")));
        }
        holder.path("examples").properties().forEach(named -> {
            if (named.getValue().has("value")) {
                examples.add(new Example(pointer + "/examples/" + escape(named.getKey()) + "/value", schemaPointer,
                        named.getValue().get("value")));
            }
        });
    }

    private static void collectFromSchema(JsonNode schema, String pointer, List<Example> examples) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("example")) {
            examples.add(new Example(pointer + "/example", pointer, schema.get("example")));
        }
        JsonNode list = schema.path("examples");
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            examples.add(new Example(pointer + "/examples/" + i, pointer, list.get(i)));
        }
        for (String keyword : SUBSCHEMA_LISTS) {
            collectFromList(schema.path(keyword), pointer + "/" + keyword, examples, ContractChecks::collectFromSchema);
        }
        for (String keyword : SUBSCHEMA_MAPS) {
            schema.path(keyword).properties().forEach(named ->
                    collectFromSchema(named.getValue(), pointer + "/" + keyword + "/" + escape(named.getKey()), examples));
        }
        for (String keyword : SUBSCHEMAS) {
            if (schema.has(keyword) && schema.get(keyword).isArray()) {
                collectFromList(schema.get(keyword), pointer + "/" + keyword, examples, ContractChecks::collectFromSchema);
            } else if (schema.has(keyword)) {
                collectFromSchema(schema.get(keyword), pointer + "/" + keyword, examples);
            }
        }
    }

    /** One JSON Pointer reference token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON Pointer as a URI fragment: characters a fragment may not hold ({, }, space …) percent-encoded. */
    private static String uriFragment(String pointer) {
        StringBuilder fragment = new StringBuilder();
        for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
                fragment.append(c);
            } else {
                fragment.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return fragment.toString();
    }
}
