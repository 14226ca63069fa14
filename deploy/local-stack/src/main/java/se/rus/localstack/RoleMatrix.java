package se.rus.localstack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every operation of a service's OpenAPI document × every kind of caller, asserted against the roles the document
 * names for the operation: no token → 401; a role not named → 403; a named role → neither 401 nor the role refusal
 * (the request carries plausible path values and an empty body, so 400, 404, 409, 412, 422 or 428 are all fine, and
 * so is a documented 403 about the object itself). A new
 * operation is walked as soon as it is in the document; one that documents no roles must be open to everyone.
 */
public final class RoleMatrix {

    /** The callers: their name in a failure message, the role they hold, and their token (null: none). */
    private record Caller(String name, String role, String token) {
    }

    /** The detail of the platform's answer to a role that an operation does not allow. */
    private static final String ROLE_REFUSAL = "Din roll får inte göra detta";

    private RoleMatrix() {
    }

    /** Asserts the matrix for the service on {@code port}; returns the number of requests it made. */
    public static int assertDocumentedRoles(int port) {
        OpenApiOperations api = OpenApiOperations.of(port);
        List<Caller> callers = List.of(
                new Caller("no token", null, null),
                new Caller("rus-working-group", "rus-working-group", RusTestInfrastructure.token("rus-working-group")),
                new Caller("rus-steering", "rus-steering", RusTestInfrastructure.token("rus-steering")),
                new Caller("county 01 (own)", "county", RusTestInfrastructure.countyToken("01")),
                new Caller("naturvardsverket", "naturvardsverket", RusTestInfrastructure.token("naturvardsverket")));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (OpenApiOperations.Operation op : api.operations()) {
            Map<String, String> ownCounty = new LinkedHashMap<>();
            op.params().stream().filter(p -> p.name().equals("countyCode") && p.in().equals("path"))
                    .forEach(p -> ownCounty.put(p.name(), "01"));
            String path = op.pathWith(ownCounty);
            for (Caller caller : callers) {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Accept", op.successMediaType());
                if (caller.token() != null) {
                    headers.put("Authorization", "Bearer " + caller.token());
                }
                byte[] body = op.bodySchema() == null ? null : "{}".getBytes(StandardCharsets.UTF_8);
                String contentType = op.bodySchema() == null ? null : op.bodyMediaTypes().get(0);
                OpenApiOperations.Answer answer = api.send(op.method(), path, headers, contentType, body);
                requests++;
                String expected = expectation(op, caller);
                boolean ok = switch (expected) {
                    case "401" -> answer.status() == 401;
                    case "403" -> answer.status() == 403;
                    default -> answer.status() != 401 && answer.status() < 500
                            && (answer.status() != 403 || objectLevel(op, answer));
                };
                if (!ok) {
                    failures.add(op.describe() + " as " + caller.name() + ": expected " + expected + ", got "
                            + answer.status() + " " + abbreviated(answer.body()));
                }
            }
        }
        System.out.println("[role matrix] " + requests + " requests, " + failures.size() + " mismatches");
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " operation × role answer(s) differ from the contract:\n"
                    + String.join("\n", failures));
        }
        return requests;
    }

    private static String expectation(OpenApiOperations.Operation op, Caller caller) {
        if (op.roles() == null) {
            return "allowed";
        }
        if (caller.token() == null) {
            return "401";
        }
        return op.roles().isEmpty() || op.roles().contains(caller.role()) ? "allowed (not 401/403/5xx)" : "403";
    }

    /**
     * A 403 to a role the operation allows is a refusal about the object (Naturvårdsverket and a report not yet
     * approved), not about the role: the operation documents its 403, and the answer is not the role refusal.
     */
    private static boolean objectLevel(OpenApiOperations.Operation op, OpenApiOperations.Answer answer) {
        return op.documentedStatuses().contains("403") && !answer.body().contains(ROLE_REFUSAL);
    }

    static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
