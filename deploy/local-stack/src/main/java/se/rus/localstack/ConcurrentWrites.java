package se.rus.localstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The optimistic-locking rules of every operation that takes {@code If-Match}, generated from a service's OpenAPI
 * document like the role matrix, so an operation is raced the moment it is documented (and the check fails until the
 * service's test says how to make a resource for it):
 * <ul>
 * <li>{@link #assertOneWinnerPerETag}: {@value #WRITERS} writers send the operation at once with the same ETag, each
 * with a change of its own; exactly one gets a 2xx, every other a 412 (a {@code DELETE} loser that arrives after the
 * winner's delete finds nothing: 404), and the stored state is the winner's (its ETag, its value, or gone).</li>
 * <li>{@link #assertUnchangedWritesKeepTheirETag}: every PUT and PATCH, sent a second time with exactly what it
 * stored the first time, answers 2xx with the same ETag and writes no event.</li>
 * </ul>
 * The state of an operation's resource is read from the GET on the operation's path, else on its parent path
 * ({@code …/submissions/{id}/accept} → {@code …/submissions/{id}}). A writer's change is, unless the test gives the
 * bodies, the resource's own representation (the properties the body schema names) with one free-text property set
 * to a value of its own.
 */
public final class ConcurrentWrites {

    public static final int WRITERS = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A fresh resource for one operation, in the state the operation needs: its path values, and where the body
     * cannot be derived from the resource's representation, the body writer {@code i} sends (a JSON-able value).
     */
    public record Target(Map<String, String> pathValues, IntFunction<Object> body) {

        public static Target at(Map<String, String> pathValues) {
            return new Target(pathValues, null);
        }

        public Target withBodies(IntFunction<Object> bodies) {
            return new Target(pathValues, bodies);
        }
    }

    private final OpenApiOperations api;
    private final Map<String, Supplier<Target>> fixtures;
    private final List<String> failures = new ArrayList<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** Numbers the operations checked, so no two writes of a run use one value (names may have to be unique). */
    private int operationNumber;

    private ConcurrentWrites(int port, Map<String, Supplier<Target>> fixtures) {
        this.api = OpenApiOperations.of(port);
        this.fixtures = fixtures;
    }

    /** Races every If-Match operation of the service on {@code port}; returns how many operations were raced. */
    public static int assertOneWinnerPerETag(int port, Map<String, Supplier<Target>> fixtures) {
        ConcurrentWrites writes = new ConcurrentWrites(port, fixtures);
        int raced = 0;
        for (OpenApiOperations.Operation op : writes.conditional()) {
            Supplier<Target> fixture = fixtures.get(op.operationId());
            if (fixture == null) {
                writes.failures.add(op.describe() + ": takes If-Match but the test names no resource to race it on");
                continue;
            }
            writes.race(op, fixture.get());
            raced++;
        }
        System.out.println("[concurrent writes] " + raced + " If-Match operations raced by " + WRITERS + " writers each, "
                + writes.failures.size() + " failures");
        writes.assertNoFailures("race");
        return raced;
    }

    /** Sends every PUT and PATCH twice with the same content; returns how many operations were checked. */
    public static int assertUnchangedWritesKeepTheirETag(int port, Map<String, Supplier<Target>> fixtures,
                                                         LongSupplier eventsWritten) {
        ConcurrentWrites writes = new ConcurrentWrites(port, fixtures);
        int checked = 0;
        for (OpenApiOperations.Operation op : writes.conditional()) {
            if (!op.method().equals("put") && !op.method().equals("patch")) {
                continue;
            }
            Supplier<Target> fixture = fixtures.get(op.operationId());
            if (fixture == null) {
                writes.failures.add(op.describe() + ": takes If-Match but the test names no resource to write it on");
                continue;
            }
            writes.rewrite(op, fixture.get(), eventsWritten);
            checked++;
        }
        System.out.println("[unchanged writes] " + checked + " PUT/PATCH operations written twice with the same content, "
                + writes.failures.size() + " failures");
        writes.assertNoFailures("unchanged-write");
        return checked;
    }

    private List<OpenApiOperations.Operation> conditional() {
        return api.operations().stream()
                .filter(op -> op.params().stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase("If-Match")))
                .toList();
    }

    private void race(OpenApiOperations.Operation op, Target target) {
        operationNumber++;
        State before = state(op, target);
        if (before == null) {
            return;
        }
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Write write = write(op, target, before, i);
            if (write == null) {
                return;
            }
            writes.add(write);
        }
        String path = op.pathWith(target.pathValues());
        List<OpenApiOperations.Answer> answers = all(writes.stream().map(w -> (java.util.concurrent.Callable<OpenApiOperations.Answer>)
                () -> send(op, path, before.etag(), w)).toList());
        List<Integer> winners = new ArrayList<>();
        int refused = 0;
        int gone = 0;
        for (int i = 0; i < answers.size(); i++) {
            int status = answers.get(i).status();
            if (status >= 200 && status < 300) {
                winners.add(i);
            } else if (status == 412 && answers.get(i).contentType().startsWith("application/problem+json")) {
                refused++;
            } else if (status == 404 && op.method().equals("delete")) {
                gone++;
            }
        }
        if (winners.size() != 1 || refused + gone != WRITERS - 1) {
            failures.add(op.describe() + ": " + WRITERS + " writers with ETag " + before.etag() + " answered "
                    + answers.stream().map(a -> Integer.toString(a.status())).toList() + "; expected one 2xx and "
                    + (WRITERS - 1) + " × 412 — " + answers.stream().filter(a -> a.status() >= 500 || a.status() == 409)
                    .map(a -> RoleMatrix.abbreviated(a.body())).findFirst().orElse(""));
            return;
        }
        int winner = winners.get(0);
        State after = stateAfter(op, target);
        if (op.method().equals("delete")) {
            if (after != null) {
                failures.add(op.describe() + ": the winner deleted it, yet it is still there");
            }
            return;
        }
        if (after == null) {
            failures.add(op.describe() + ": the resource is gone after the race");
            return;
        }
        String winnerTag = answers.get(winner).etag();
        if (after.etag() == null || after.etag().equals(before.etag())
                || (winnerTag != null && !winnerTag.equals(after.etag()))) {
            failures.add(op.describe() + ": ETag before " + before.etag() + ", winner's " + winnerTag + ", stored "
                    + after.etag());
        }
        Write won = writes.get(winner);
        if (won.field() != null && after.body().has(won.field())
                && !after.body().get(won.field()).asString("").equals(won.value())) {
            failures.add(op.describe() + ": stored " + won.field() + " is " + after.body().get(won.field())
                    + ", the winner wrote \"" + won.value() + "\"");
        }
    }

    private void rewrite(OpenApiOperations.Operation op, Target target, LongSupplier eventsWritten) {
        operationNumber++;
        State before = state(op, target);
        if (before == null) {
            return;
        }
        Write write = write(op, target, before, 0);
        if (write == null) {
            return;
        }
        String path = op.pathWith(target.pathValues());
        OpenApiOperations.Answer first = send(op, path, before.etag(), write);
        if (first.status() < 200 || first.status() >= 300) {
            failures.add(op.describe() + ": the first write answered " + first.status() + " " + RoleMatrix.abbreviated(first.body()));
            return;
        }
        State stored = stateAfter(op, target);
        long events = eventsWritten.getAsLong();
        OpenApiOperations.Answer second = send(op, path, stored.etag(), write);
        State after = stateAfter(op, target);
        if (second.status() < 200 || second.status() >= 300) {
            failures.add(op.describe() + ": writing the same again answered " + second.status() + " "
                    + RoleMatrix.abbreviated(second.body()));
        } else if (!stored.etag().equals(after.etag()) || (second.etag() != null && !second.etag().equals(stored.etag()))) {
            failures.add(op.describe() + ": writing the same again moved the ETag from " + stored.etag() + " to "
                    + after.etag() + " (answered " + second.etag() + ")");
        } else if (eventsWritten.getAsLong() != events) {
            failures.add(op.describe() + ": writing the same again wrote " + (eventsWritten.getAsLong() - events) + " event(s)");
        }
    }

    /** One writer's request: its body (null: none), media type, and the free-text field and value it sets, if any. */
    private record Write(byte[] body, String mediaType, String field, String value) {
    }

    /** The resource's current representation and ETag, read as a caller of its GET. */
    private record State(String etag, JsonNode body) {
    }

    private State state(OpenApiOperations.Operation op, Target target) {
        State state = stateAfter(op, target);
        if (state == null || state.etag() == null) {
            failures.add(op.describe() + ": its resource (GET " + stateOperation(op).map(OpenApiOperations.Operation::path)
                    .orElse("none") + ") has no ETag to send: " + state);
            return null;
        }
        return state;
    }

    /** The state, or null when the GET finds nothing (404). */
    private State stateAfter(OpenApiOperations.Operation op, Target target) {
        OpenApiOperations.Operation get = stateOperation(op).orElse(null);
        if (get == null) {
            failures.add(op.describe() + ": no GET on its path or its parent's to read the state from");
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + get.callerToken());
        headers.put("Accept", "application/json");
        OpenApiOperations.Answer answer = api.send("GET", get.pathWith(target.pathValues()), headers, null, null);
        if (answer.status() == 404) {
            return null;
        }
        JsonNode body = answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
        return new State(answer.etag(), body);
    }

    private java.util.Optional<OpenApiOperations.Operation> stateOperation(OpenApiOperations.Operation op) {
        String parent = op.path().substring(0, op.path().lastIndexOf('/'));
        for (String path : List.of(op.path(), parent)) {
            java.util.Optional<OpenApiOperations.Operation> get = api.operations().stream()
                    .filter(o -> o.method().equals("get") && o.path().equals(path)).findFirst();
            if (get.isPresent()) {
                return get;
            }
        }
        return java.util.Optional.empty();
    }

    private Write write(OpenApiOperations.Operation op, Target target, State state, int writer) {
        if (op.bodySchema() == null) {
            return new Write(null, null, null, null);
        }
        String mediaType = op.bodyMediaTypes().contains("application/merge-patch+json")
                ? "application/merge-patch+json" : op.bodyMediaTypes().get(0);
        if (target.body() != null) {
            return new Write(JSON.writeValueAsBytes(target.body().apply(writer)), mediaType, null, null);
        }
        JsonNode schema = changeSchema(op);
        String field = freeText(schema);
        if (field == null) {
            failures.add(op.describe() + ": its body has no free-text property to vary; the test must give the bodies");
            return null;
        }
        String value = "Skrivare " + writer + " (" + run + "-" + operationNumber + ")";
        ObjectNode body = JSON.createObjectNode();
        if (!op.method().equals("patch")) {
            for (String name : schema.path("properties").propertyNames()) {
                if (state.body().has(name) && !state.body().get(name).isNull()) {
                    body.set(name, state.body().get(name));
                }
            }
        }
        body.put(field, value);
        return new Write(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8), mediaType, field, value);
    }

    /** The body's schema; a PATCH documented as plain text is read as its resource's PUT body. */
    private JsonNode changeSchema(OpenApiOperations.Operation op) {
        JsonNode schema = api.resolve(op.bodySchema());
        if (op.method().equals("patch") && !schema.has("properties")) {
            return api.operations().stream().filter(o -> o.method().equals("put") && o.path().equals(op.path()))
                    .findFirst().map(put -> api.resolve(put.bodySchema())).orElse(schema);
        }
        return schema;
    }

    /** The first property of the body that takes any text: a string without enum, format or pattern beyond "not blank". */
    private String freeText(JsonNode schema) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode p = api.resolve(property.getValue());
            JsonNode type = p.path("type");
            boolean string = type.isArray() ? type.toString().contains("\"string\"") : type.asString("").equals("string");
            String pattern = p.path("pattern").asString("\\S");
            if (string && !p.has("enum") && !p.has("format") && pattern.equals("\\S")
                    && p.path("maxLength").asInt(Integer.MAX_VALUE) >= 40) {
                return property.getKey();
            }
        }
        return null;
    }

    private OpenApiOperations.Answer send(OpenApiOperations.Operation op, String path, String etag, Write write) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + op.callerToken());
        headers.put("Accept", op.successMediaType());
        headers.put("If-Match", etag);
        return api.send(op.method(), path, headers, write.mediaType(), write.body());
    }

    private static List<OpenApiOperations.Answer> all(List<java.util.concurrent.Callable<OpenApiOperations.Answer>> calls) {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<OpenApiOperations.Answer>> futures = new ArrayList<>();
            for (java.util.concurrent.Callable<OpenApiOperations.Answer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<OpenApiOperations.Answer> answers = new ArrayList<>();
            for (Future<OpenApiOperations.Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } catch (Exception e) {
            throw new AssertionError("a writer failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertNoFailures(String what) {
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " " + what + " check(s) failed:\n" + String.join("\n", failures));
        }
    }
}
