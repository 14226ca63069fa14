package se.rus.localstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A bad-input sweep generated from a service's OpenAPI document: for every operation with a body or parameters it
 * sends malformed JSON, trailing text, bodies of the wrong JSON type, missing required fields, each property with
 * the wrong type, unknown enum values and ordinals, over-long strings, {@code 1e400}, {@code -0}, fractions for whole
 * numbers, amounts with three decimals or an exponent, dates outside the supported years, path and query values of
 * the wrong type, percent-encoded path characters, a body over 1 MiB (413, also chunked) and a non-JSON Content-Type
 * (415). Since issue 24 also: a key given twice, bytes that are not UTF-8, a lone UTF-16 surrogate in every text,
 * numbers and booleans written as text, blank-looking text (no-break and zero-width spaces) where text is required,
 * no Content-Type at all (415), a year or an id in a path in a non-canonical spelling ({@code +2098}, {@code 02098},
 * an upper-case or braced UUID: 404), every body sent once per JSON media type the operation takes (a merge patch is
 * read by the same rules), and what the HTTP layer refuses itself: a request line over 4 KiB (414), 64 KiB of
 * headers (431) and a CORS preflight from an unknown origin (403).
 * Everything meant as invalid must be a 4xx {@code application/problem+json}; nothing at all may be a 5xx.
 */
public final class BadInputSweep {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int ONE_MIB = 1024 * 1024;
    /** Part of the platform's answer to a path value in another spelling than its canonical one. */
    private static final String NON_CANONICAL = " skrivs ";
    /** A text value replaced by raw JSON text after serialisation (lone surrogates cannot be serialised). */
    private static final String MARKER = "\u2603MARKER\u2603";

    /** What the sweep saw: requests per status code, and every answer that broke a rule. */
    public record Result(String service, Map<Integer, Integer> statuses, List<String> failures) {

        public int requests() {
            return statuses.values().stream().mapToInt(Integer::intValue).sum();
        }

        public String histogram() {
            StringBuilder text = new StringBuilder();
            statuses.forEach((status, count) -> text.append(text.length() > 0 ? ", " : "").append(status)
                    .append(" × ").append(count));
            return text.toString();
        }
    }

    private enum Expect { REFUSED, NO_SERVER_ERROR }

    private final OpenApiOperations api;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    private BadInputSweep(OpenApiOperations api) {
        this.api = api;
    }

    /** Runs the sweep against the service on {@code port}, prints its count and status histogram, and asserts it. */
    public static Result assertNoServerErrors(String service, int port) {
        BadInputSweep sweep = new BadInputSweep(OpenApiOperations.of(port));
        sweep.run();
        Result result = new Result(service, sweep.statuses, sweep.failures);
        System.out.println("[bad-input sweep] " + service + ": " + result.requests() + " requests; status codes: "
                + result.histogram());
        if (!result.failures().isEmpty()) {
            throw new AssertionError(result.failures().size() + " of " + result.requests() + " answers of the bad-input sweep of "
                    + service + " broke the rules (4xx problem+json for invalid input, never 5xx):\n"
                    + String.join("\n", result.failures()));
        }
        return result;
    }

    private void run() {
        String token = RusTestInfrastructure.token("rus-working-group");
        send("unknown path with a percent-encoded character, no token", Expect.REFUSED, "GET",
                "/api/v1/no-such%20thing", Map.of(), null, null);
        send("unknown path with a percent-encoded character", Expect.REFUSED, "GET", "/api/v1/no-such%20thing",
                auth(token), null, null);
        for (OpenApiOperations.Operation op : api.operations()) {
            Map<String, String> headers = auth(op.callerToken());
            headers.put("Accept", op.successMediaType());
            pathValues(op, headers);
            queryValues(op, headers);
            if (op.hasJsonBody()) {
                for (String mediaType : op.bodyMediaTypes()) {
                    if (mediaType.contains("json")) {
                        bodies(op, headers, mediaType);
                    }
                }
            }
        }
        httpLayer(auth(token));
    }

    /** What Vert.x refuses before a resource runs is a problem too (HttpLayerProblems in the platform). */
    private void httpLayer(Map<String, String> headers) {
        send("a request line over 4 KiB", Expect.REFUSED, "GET", "/api/v1/no-such-thing?q=" + "x".repeat(5000), headers,
                null, null, 414);
        Map<String, String> big = new LinkedHashMap<>(headers);
        big.put("X-Padding", "x".repeat(64 * 1024));
        send("a 64 KiB header", Expect.REFUSED, "GET", "/api/v1/no-such-thing", big, null, null, 431);
        Map<String, String> preflight = new LinkedHashMap<>();
        preflight.put("Origin", "https://evil.example");
        preflight.put("Access-Control-Request-Method", "POST");
        send("a CORS preflight from an unknown origin", Expect.REFUSED, "OPTIONS", api.operations().get(0).pathWith(Map.of()),
                preflight, null, null, 403);
    }

    private static Map<String, String> auth(String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        return headers;
    }

    private void pathValues(OpenApiOperations.Operation op, Map<String, String> headers) {
        for (OpenApiOperations.Param p : op.params()) {
            if (!p.in().equals("path")) {
                continue;
            }
            List<String> wrong = new ArrayList<>(List.of("a%20b", "%C3%A5%2F..", "x%00y"));
            String type = p.schema().path("type").asString("");
            if (type.equals("integer") || p.name().equals("year")) {
                wrong.addAll(List.of("abc", "-1", "0", "2.5", "99999999999", "+99999"));
            }
            if (p.schema().path("format").asString("").equals("uuid")) {
                wrong.addAll(List.of("not-a-uuid", "1-1-1-1-1"));
            }
            for (String value : wrong) {
                String path = op.pathWith(Map.of(p.name(), value));
                send(op.describe() + " path " + p.name() + "=" + value, Expect.REFUSED, op.method(), path, headers,
                        op.hasJsonBody() ? "application/json" : null, op.hasJsonBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null);
            }
            // one resource, one address: another spelling of a value that could exist is refused by the spelling rule
            List<String> respelled = new ArrayList<>();
            String plausible = OpenApiOperations.plausible(p);
            if (type.equals("integer") || p.name().equals("year")) {
                respelled.addAll(List.of("+" + plausible, "0" + plausible));
            }
            if (p.schema().path("format").asString("").equals("uuid")) {
                respelled.addAll(List.of(plausible.toUpperCase(java.util.Locale.ROOT), "%7B" + plausible + "%7D"));
            }
            for (String value : respelled) {
                send(op.describe() + " path " + p.name() + "=" + value + " (non-canonical)", Expect.REFUSED, op.method(),
                        op.pathWith(Map.of(p.name(), value)), headers, op.hasJsonBody() ? "application/json" : null,
                        op.hasJsonBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null, 404, NON_CANONICAL);
            }
        }
        String unauthenticated = op.pathWith(Map.of()) + (op.path().endsWith("}") ? "" : "/") + "a%20b";
        send(op.describe() + " percent-encoded path without a token", Expect.REFUSED, op.method(), unauthenticated,
                Map.of(), null, null);
    }

    private void queryValues(OpenApiOperations.Operation op, Map<String, String> headers) {
        String path = op.pathWith(Map.of());
        for (OpenApiOperations.Param p : op.params()) {
            if (!p.in().equals("query")) {
                continue;
            }
            List<String> wrong = new ArrayList<>();
            List<String> odd = new ArrayList<>(List.of("%00", "%22%3Cscript%3E", "x".repeat(1000)));
            String type = p.schema().path("type").asString("");
            if (type.equals("integer") || type.equals("number")) {
                wrong.addAll(List.of("abc", "2.5", "1e400", "99999999999999999999"));
            }
            if (p.schema().path("format").asString("").equals("uuid")) {
                wrong.addAll(List.of("not-a-uuid", "1-1-1-1-1"));
            }
            if (p.schema().has("enum")) {
                wrong.add("NOT_A_VALUE");
            }
            if (p.schema().path("format").asString("").equals("date")) {
                wrong.addAll(List.of("2024-02-30", "yesterday"));
            }
            for (String value : wrong) {
                // a value of the wrong type is a 400 naming the parameter, not a 404 for a resource that exists
                send(op.describe() + " query " + p.name() + "=" + value, Expect.REFUSED, op.method(),
                        path + "?" + p.name() + "=" + value, headers, null, null, 400, "\"field\":\"" + p.name() + "\"");
            }
            for (String value : odd) {
                send(op.describe() + " query " + p.name() + "=" + abbreviated(value), Expect.NO_SERVER_ERROR, op.method(),
                        path + "?" + p.name() + "=" + value, headers, null, null);
            }
        }
    }

    private void bodies(OpenApiOperations.Operation op, Map<String, String> headers, String mediaType) {
        String path = op.pathWith(Map.of());
        JsonNode schema = api.resolve(op.bodySchema());
        JsonNode base = plausible(schema, 0);
        String baseText = JSON.writeValueAsString(base);
        body(op, path, headers, mediaType, "malformed JSON", Expect.REFUSED, "{\"");
        body(op, path, headers, mediaType, "not JSON at all", Expect.REFUSED, "Hej!");
        body(op, path, headers, mediaType, "text after the document", Expect.REFUSED, baseText + " {}");
        body(op, path, headers, mediaType, "empty body", Expect.REFUSED, "");
        if (base.isObject()) {
            body(op, path, headers, mediaType, "an array instead of an object", Expect.REFUSED, "[]");
            body(op, path, headers, mediaType, "a string instead of an object", Expect.REFUSED, "\"text\"");
            body(op, path, headers, mediaType, "a number instead of an object", Expect.REFUSED, "1e400");
        }
        if (schema.path("required").size() > 0) {
            body(op, path, headers, mediaType, "no required field", Expect.REFUSED, "{}");
        }
        send(op.describe() + " body over 1 MiB", Expect.REFUSED, op.method(), path, headers, mediaType,
                oversized(), 413);
        sendChunked(op.describe() + " chunked body over 1 MiB", op.method(), path, headers, mediaType, oversized());
        send(op.describe() + " body without a Content-Type", Expect.REFUSED, op.method(), path, headers, null,
                baseText.getBytes(StandardCharsets.UTF_8), 415);
        byte[] notUtf8 = "{\"text\":\"L\u00e4nsstyrelsen\"}".getBytes(StandardCharsets.ISO_8859_1); // ä as one byte
        send(op.describe() + " body that is not UTF-8", Expect.REFUSED, op.method(), path, headers, mediaType, notUtf8, 400);
        send(op.describe() + " text/plain body", Expect.REFUSED, op.method(), path, headers, "text/plain",
                baseText.getBytes(StandardCharsets.UTF_8), 415);
        if (!base.isObject()) {
            return;
        }
        if (base.size() > 0) {
            String first = base.propertyNames().iterator().next();
            String twice = "{\"" + first + "\":" + JSON.writeValueAsString(base.get(first)) + "," + baseText.substring(1);
            send(op.describe() + " body with " + first + " twice", Expect.REFUSED, op.method(), path, headers, mediaType,
                    twice.getBytes(StandardCharsets.UTF_8), 400, "\"field\":\"" + first + "\"");
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            JsonNode propertySchema = api.resolve(property.getValue());
            for (Map.Entry<JsonNode, Expect> value : wrongValues(propertySchema).entrySet()) {
                ObjectNode mutated = ((ObjectNode) base).deepCopy();
                mutated.set(name, value.getKey());
                body(op, path, headers, mediaType, name + "=" + abbreviated(value.getKey().toString()), value.getValue(),
                        JSON.writeValueAsString(mutated));
            }
            if (typeOf(propertySchema).equals("string") && !propertySchema.has("enum")) {
                ObjectNode marked = ((ObjectNode) base).deepCopy();
                marked.put(name, MARKER);
                String loneSurrogate = JSON.writeValueAsString(marked).replace("\"" + MARKER + "\"", "\"a\\ud800b\"");
                send(op.describe() + " body " + name + " with a lone surrogate", Expect.REFUSED, op.method(), path,
                        headers, mediaType, loneSurrogate.getBytes(StandardCharsets.UTF_8), 400,
                        "\"field\":\"" + name + "\"");
            }
            if (required.contains(name)) {
                ObjectNode nulled = ((ObjectNode) base).deepCopy();
                nulled.putNull(name);
                body(op, path, headers, mediaType, name + "=null (required)", Expect.REFUSED, JSON.writeValueAsString(nulled));
                ObjectNode missing = ((ObjectNode) base).deepCopy();
                missing.remove(name);
                body(op, path, headers, mediaType, name + " missing (required)", Expect.REFUSED, JSON.writeValueAsString(missing));
            }
        }
    }

    /** Values that the property's schema does not admit (REFUSED), and borderline ones that must not break anything. */
    private Map<JsonNode, Expect> wrongValues(JsonNode schema) {
        Map<JsonNode, Expect> values = new LinkedHashMap<>();
        String type = typeOf(schema);
        switch (type) {
            case "string" -> {
                values.put(NODES.numberNode(12345), Expect.REFUSED);
                values.put(NODES.booleanNode(true), Expect.REFUSED);
                values.put(NODES.objectNode(), Expect.REFUSED);
                values.put(NODES.stringNode("a\u0000b"), Expect.REFUSED);
                if (schema.has("enum")) {
                    values.put(NODES.stringNode("NOT_A_VALUE"), Expect.REFUSED);
                    values.put(NODES.numberNode(2), Expect.REFUSED);
                    values.put(NODES.stringNode("2"), Expect.REFUSED);
                }
                if (schema.has("maxLength")) {
                    values.put(NODES.stringNode("x".repeat(schema.get("maxLength").asInt() + 1)), Expect.REFUSED);
                }
                String format = schema.path("format").asString("");
                if (format.equals("date")) {
                    for (String date : List.of("0000-01-01", "+99999-01-01", "2024-02-30", "-0001-01-01", "24-01-01")) {
                        values.put(NODES.stringNode(date), Expect.REFUSED);
                    }
                }
                if (format.equals("uuid")) {
                    values.put(NODES.stringNode("not-a-uuid"), Expect.REFUSED);
                }
                if (format.equals("date-time")) {
                    values.put(NODES.stringNode("yesterday"), Expect.REFUSED);
                }
                if (schema.path("pattern").asString("").equals("\\S")) { // @NotBlank: nothing visible is blank
                    values.put(NODES.stringNode("\u00a0\u200b"), Expect.REFUSED);
                    values.put(NODES.stringNode("\ufeff"), Expect.REFUSED);
                }
                if (schema.has("pattern")) {
                    Pattern pattern = Pattern.compile(schema.get("pattern").asString());
                    for (String candidate : List.of("1.005", "1e3", " 2.50", "2.50 ", "+5", "-0", "", "1,50", "٣")) {
                        if (!pattern.matcher(candidate).find()) {
                            values.put(NODES.stringNode(candidate), Expect.REFUSED);
                        }
                    }
                    values.put(NODES.numberNode(new java.math.BigDecimal("2.50")), Expect.REFUSED);
                }
            }
            case "integer" -> {
                values.put(NODES.stringNode("abc"), Expect.REFUSED);
                values.put(NODES.stringNode("6"), Expect.REFUSED);
                values.put(NODES.numberNode(new java.math.BigDecimal("2.9")), Expect.REFUSED);
                values.put(NODES.numberNode(new java.math.BigDecimal("1e400")), Expect.REFUSED);
                values.put(NODES.numberNode(new java.math.BigInteger("99999999999999999999")), Expect.REFUSED);
                values.put(NODES.booleanNode(true), Expect.REFUSED);
                values.put(NODES.numberNode(-0.0), Expect.NO_SERVER_ERROR);
            }
            case "number" -> {
                values.put(NODES.stringNode("abc"), Expect.REFUSED);
                values.put(NODES.stringNode("6"), Expect.REFUSED);
                values.put(NODES.numberNode(new java.math.BigDecimal("1e400")), Expect.REFUSED);
                values.put(NODES.numberNode(new java.math.BigDecimal("-1e400")), Expect.REFUSED);
                values.put(NODES.booleanNode(true), Expect.REFUSED);
                values.put(NODES.numberNode(-0.0), Expect.NO_SERVER_ERROR);
                values.put(NODES.numberNode(new java.math.BigDecimal("1.005")), Expect.NO_SERVER_ERROR);
            }
            case "boolean" -> {
                values.put(NODES.stringNode("yes"), Expect.REFUSED);
                values.put(NODES.stringNode("true"), Expect.REFUSED);
                values.put(NODES.numberNode(1), Expect.REFUSED);
            }
            case "array" -> {
                values.put(NODES.stringNode("x"), Expect.REFUSED);
                values.put(NODES.objectNode(), Expect.REFUSED);
                ArrayNode wrongItems = NODES.arrayNode();
                wrongItems.add(NODES.objectNode().put("unexpected", 1));
                values.put(wrongItems, typeOf(api.resolve(schema.path("items"))).equals("object")
                        ? Expect.NO_SERVER_ERROR : Expect.REFUSED);
                if (schema.has("maxItems")) {
                    ArrayNode tooMany = NODES.arrayNode();
                    JsonNode item = plausible(api.resolve(schema.path("items")), 1);
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        tooMany.add(item);
                    }
                    values.put(tooMany, Expect.REFUSED);
                }
            }
            case "object" -> {
                values.put(NODES.numberNode(1), Expect.REFUSED);
                values.put(NODES.stringNode("x"), Expect.REFUSED);
                values.put(NODES.arrayNode(), Expect.REFUSED);
            }
            default -> values.put(NODES.stringNode("x".repeat(100_000)), Expect.NO_SERVER_ERROR);
        }
        return values;
    }

    /** A value that fits the schema as far as the document tells: its example, else one built from its parts. */
    private JsonNode plausible(JsonNode schema, int depth) {
        schema = api.resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && schema.get(combinator).size() > 0) {
                return plausible(schema.get(combinator).get(0), depth);
            }
        }
        switch (typeOf(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        JsonNode value = plausible(property.getValue(), depth + 1);
                        if (!value.isMissingNode()) {
                            object.set(property.getKey(), value);
                        }
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(plausible(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(1);
            }
            case "number" -> {
                return NODES.numberNode(new java.math.BigDecimal("1.5"));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "string" -> {
                String format = schema.path("format").asString("");
                return NODES.stringNode(switch (format) {
                    case "date" -> OpenApiOperations.PLAUSIBLE_YEAR + "-03-31";
                    case "date-time" -> OpenApiOperations.PLAUSIBLE_YEAR + "-03-31T08:00:00Z";
                    case "uuid" -> UUID.randomUUID().toString();
                    default -> "Text";
                });
            }
            default -> {
                return tools.jackson.databind.node.MissingNode.getInstance();
            }
        }
    }

    /** The schema's type; OpenAPI 3.1 may list {@code [type, "null"]}. */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : "";
    }

    private static byte[] oversized() {
        StringBuilder text = new StringBuilder(ONE_MIB + 100).append("{\"text\":\"");
        text.append("x".repeat(ONE_MIB + 10)).append("\"}");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void body(OpenApiOperations.Operation op, String path, Map<String, String> headers, String mediaType,
                      String what, Expect expect, String body) {
        send(op.describe() + " body (" + mediaType + ") " + what, expect, op.method(), path, headers, mediaType,
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** A body without a length: the HTTP layer meets the limit while reading it and must still answer a 413 problem. */
    private void sendChunked(String what, String method, String path, Map<String, String> headers, String contentType,
                             byte[] body) {
        OpenApiOperations.Answer answer = api.sendChunked(method, path, headers, contentType, body);
        judge(what, Expect.REFUSED, answer, 413, null);
    }

    private void send(String what, Expect expect, String method, String path, Map<String, String> headers,
                      String contentType, byte[] body) {
        send(what, expect, method, path, headers, contentType, body, 0);
    }

    private void send(String what, Expect expect, String method, String path, Map<String, String> headers,
                      String contentType, byte[] body, int exactStatus) {
        send(what, expect, method, path, headers, contentType, body, exactStatus, null);
    }

    private void send(String what, Expect expect, String method, String path, Map<String, String> headers,
                      String contentType, byte[] body, int exactStatus, String bodyMustContain) {
        OpenApiOperations.Answer answer = api.send(method, path, headers, contentType, body);
        judge(what, expect, answer, exactStatus, bodyMustContain);
    }

    private void judge(String what, Expect expect, OpenApiOperations.Answer answer, int exactStatus,
                       String bodyMustContain) {
        statuses.merge(answer.status(), 1, Integer::sum);
        boolean problem = answer.contentType().startsWith("application/problem+json");
        String failure = null;
        if (answer.status() >= 500 || answer.status() < 0) {
            failure = "server error";
        } else if (answer.status() >= 400 && !problem) {
            failure = "a " + answer.status() + " that is not problem+json (" + answer.contentType() + ")";
        } else if (expect == Expect.REFUSED && answer.status() < 400) {
            failure = "accepted";
        } else if (exactStatus != 0 && answer.status() != exactStatus) {
            failure = "expected " + exactStatus;
        } else if (bodyMustContain != null && !answer.body().contains(bodyMustContain)) {
            failure = "the problem does not name " + bodyMustContain;
        }
        if (failure != null) {
            failures.add(what + ": " + failure + " — " + answer.status() + " " + RoleMatrix.abbreviated(answer.body()));
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
