package se.rus.localstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The operations of a running service, read from its own OpenAPI document ({@code /q/openapi?format=json}),
 * so that checks walking every operation cannot forget one that is added later. Also a raw HTTP client for
 * those checks: exact bytes, headers and percent-encoding, which a friendlier client would "fix".
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** A year no test writes: path years get a plausible value that exists in no service's data. */
    static final String PLAUSIBLE_YEAR = "2098";

    /** One parameter: where it goes ({@code path}, {@code query}, {@code header}) and its resolved schema. */
    public record Param(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    /**
     * One operation. {@code roles} is null when the operation documents no security requirement, or an empty one
     * ({@code security: []}, as the open data does): open to all;
     * otherwise the roles its bearer requirement names.
     */
    public record Operation(String method, String path, String operationId, List<String> roles, List<Param> params,
                            JsonNode bodySchema, List<String> bodyMediaTypes, String successMediaType,
                            Set<String> documentedStatuses) {

        public String describe() {
            return method.toUpperCase() + " " + path + " (" + operationId + ")";
        }

        public boolean hasJsonBody() {
            return bodySchema != null && bodyMediaTypes.stream().anyMatch(t -> t.contains("json"));
        }

        /** A token of a caller the operation allows (the working group where it may), to reach past the role check. */
        public String callerToken() {
            if (roles == null || roles.isEmpty() || roles.contains("rus-working-group")) {
                return RusTestInfrastructure.token("rus-working-group");
            }
            String role = roles.get(0);
            return role.equals("county") ? RusTestInfrastructure.countyToken("01") : RusTestInfrastructure.token(role);
        }

        /** The path with each parameter replaced by {@code values.get(name)}, else by a plausible value. */
        public String pathWith(Map<String, String> values) {
            String filled = path;
            for (Param p : params) {
                if (p.in().equals("path")) {
                    String value = values.containsKey(p.name()) ? values.get(p.name()) : plausible(p);
                    filled = filled.replace("{" + p.name() + "}", value);
                }
            }
            return filled;
        }
    }

    /** A raw answer: status, content type, body text and ETag (null without one). */
    public record Answer(int status, String contentType, String body, String etag) {

        public Answer(int status, String contentType, String body) {
            this(status, contentType, body, null);
        }
    }

    private final String base;
    private final JsonNode document;

    private OpenApiOperations(String base, JsonNode document) {
        this.base = base;
        this.document = document;
    }

    /** Reads the document of the service listening on {@code port} (a Quarkus test's {@code RestAssured.port}). */
    public static OpenApiOperations of(int port) {
        String base = "http://localhost:" + port;
        Answer answer = send(base, "GET", "/q/openapi?format=json", Map.of(), null, (byte[]) null);
        if (answer.status() != 200) {
            throw new AssertionError("no OpenAPI document: " + answer);
        }
        return new OpenApiOperations(base, JSON.readTree(answer.body()));
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode op = entry.getValue();
                List<Param> params = new ArrayList<>();
                for (JsonNode parameter : concat(path.getValue().path("parameters"), op.path("parameters"))) {
                    JsonNode p = resolve(parameter);
                    params.add(new Param(p.path("name").asString(), p.path("in").asString(),
                            p.path("required").asBoolean(false), resolve(p.path("schema")), p.get("example")));
                }
                JsonNode content = resolve(op.path("requestBody")).path("content");
                List<String> mediaTypes = new ArrayList<>(content.propertyNames());
                JsonNode bodySchema = mediaTypes.isEmpty() ? null : resolve(content.path(mediaTypes.get(0)).path("schema"));
                operations.add(new Operation(entry.getKey(), path.getKey(), op.path("operationId").asString(""),
                        rolesOf(op), params, bodySchema, mediaTypes, successMediaType(op),
                        Set.copyOf(op.path("responses").propertyNames())));
            }
        }
        if (operations.isEmpty()) {
            throw new AssertionError("the OpenAPI document lists no /api operation");
        }
        return operations;
    }

    /** The roles of the operation's bearer requirement; null when it has none, or says it needs none ({@code security: []}). */
    private static List<String> rolesOf(JsonNode op) {
        JsonNode security = op.get("security");
        if (security == null || !security.isArray() || security.isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : security) {
            for (JsonNode role : requirement.path("bearer")) {
                roles.add(role.asString());
            }
        }
        return roles;
    }

    private String successMediaType(JsonNode op) {
        for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
            if (response.getKey().startsWith("2")) {
                for (String type : resolve(response.getValue()).path("content").propertyNames()) {
                    return type;
                }
            }
        }
        return "application/json";
    }

    /** Follows {@code $ref}s into {@code #/components/...}; a schema is returned as written otherwise. */
    public JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && hops++ < 20) {
            JsonNode target = document.at(node.get("$ref").asString().substring(1));
            if (target.isMissingNode()) {
                return node;
            }
            node = target;
        }
        return node == null ? tools.jackson.databind.node.MissingNode.getInstance() : node;
    }

    private static List<JsonNode> concat(JsonNode a, JsonNode b) {
        List<JsonNode> all = new ArrayList<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }

    /** A value of the parameter's type that could exist: its example, a year, an UUID, an enum value. */
    static String plausible(Param p) {
        if (p.example() != null && !p.example().isNull()) {
            return p.example().isString() ? p.example().asString() : p.example().toString();
        }
        JsonNode schema = p.schema();
        if (p.name().equals("year") || schema.path("type").asString("").equals("integer")) {
            return PLAUSIBLE_YEAR;
        }
        if (schema.path("format").asString("").equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        return "X";
    }

    public Answer send(String method, String path, Map<String, String> headers, String contentType, byte[] body) {
        return send(base, method, path, headers, contentType, body);
    }

    /** As {@link #send}, with the body sent chunked (no Content-Length). */
    public Answer sendChunked(String method, String path, Map<String, String> headers, String contentType, byte[] body) {
        return send(base, method, path, headers, contentType,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
    }

    private static Answer send(String base, String method, String path, Map<String, String> headers,
                               String contentType, byte[] body) {
        return send(base, method, path, headers, contentType, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static Answer send(String base, String method, String path, Map<String, String> headers,
                               String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method.toUpperCase(), body);
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (contentType != null) {
            all.put("Content-Type", contentType);
        }
        all.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("ETag").orElse(null));
        } catch (java.io.IOException e) {
            // a server that closes the connection on an over-long body has still refused it; say how
            return new Answer(-1, "", "connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
