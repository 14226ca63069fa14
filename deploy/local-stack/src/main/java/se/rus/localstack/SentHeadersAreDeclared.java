package se.rus.localstack;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * In every service's tests (this module is on the test classpath only, its beans found through its beans.xml), each
 * success a test drives is held against the service's own OpenAPI document: the headers a generated client reads by
 * name ({@link #CONTRACT_HEADERS}) that the response sends must be declared on the operation's response for that
 * status, a body must be described, and the status itself must be documented. A response that breaks this becomes a
 * 500 problem naming what is undeclared, so the test that drove it fails there, whatever order the tests run in;
 * {@link ContractChecks} cannot see this, as it reads the document alone.
 */
@Provider
@Priority(1) // response filters run from the highest priority down: this one sees the response as it leaves
public class SentHeadersAreDeclared implements ContainerResponseFilter {

    /** The response headers a generated client reads by name; the contract must declare each one it is sent. */
    static final List<String> CONTRACT_HEADERS = List.of("ETag", "Location", "Deprecation", "Sunset");
    private static final Logger LOG = Logger.getLogger(SentHeadersAreDeclared.class);
    /** Successes held against their operation so far; a test reads it to know the check is wired in. */
    private static final AtomicLong CHECKED = new AtomicLong();

    @Inject
    OpenApiDocumentService documents;

    private volatile List<Template> templates;

    private record Template(String path, Pattern pattern, int parameters, JsonNode item) {
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String path = request.getUriInfo().getRequestUri().getPath(); // absolute: UriInfo.getPath() may lack the "/"
        if (status / 100 != 2 || !path.startsWith("/api/")) {
            return;
        }
        JsonNode operation = operation(path, request.getMethod().toLowerCase());
        if (operation == null) {
            return; // HEAD, OPTIONS and what no operation documents are other checks' business
        }
        CHECKED.incrementAndGet();
        List<String> undeclared = undeclared(operation.path("responses").path(Integer.toString(status)),
                response.getHeaders().keySet(), response.hasEntity());
        if (undeclared.isEmpty()) {
            return;
        }
        String detail = request.getMethod() + " " + path + " (" + operation.path("operationId").asString("?")
                + ") answered " + status + " with what its contract does not declare: " + String.join(", ", undeclared);
        LOG.error(detail);
        response.setStatus(500);
        response.getHeaders().putSingle("Content-Type", "application/problem+json");
        response.setEntity("{\"type\":\"about:blank\",\"title\":\"Kontraktet beskriver inte svaret\",\"status\":500,"
                + "\"detail\":" + JsonMapper.builder().build().writeValueAsString(detail) + "}",
                response.getEntityAnnotations(), MediaType.valueOf("application/problem+json"));
    }

    static long checked() {
        return CHECKED.get();
    }

    /**
     * What a success sends that its documented response does not declare: an undocumented status, a contract header
     * not among its {@code headers}, a body without {@code content}.
     */
    static List<String> undeclared(JsonNode documented, Iterable<String> sentHeaders, boolean sendsBody) {
        List<String> undeclared = new ArrayList<>();
        if (documented.isMissingNode()) {
            undeclared.add("the status");
            return undeclared;
        }
        for (String sent : sentHeaders) {
            for (String header : CONTRACT_HEADERS) {
                if (header.equalsIgnoreCase(sent) && !documented.path("headers").has(header)) {
                    undeclared.add("header " + header);
                }
            }
        }
        if (sendsBody && documented.path("content").isEmpty()) {
            undeclared.add("a body");
        }
        return undeclared;
    }

    /** The operation of the path template that matches {@code path}, the one with the fewest parameters first. */
    private JsonNode operation(String path, String method) {
        for (Template template : templates()) {
            if (template.pattern().matcher(path).matches()) {
                JsonNode operation = template.item().get(method);
                return operation == null || !operation.isObject() ? null : operation;
            }
        }
        return null;
    }

    private List<Template> templates() {
        if (templates == null) {
            JsonNode document = JsonMapper.builder().build()
                    .readTree(documents.getDocument(OpenApiFilter.DEFAULT_DOCUMENT_NAME, Format.JSON));
            List<Template> all = new ArrayList<>();
            for (Map.Entry<String, JsonNode> item : document.path("paths").properties()) {
                String key = item.getKey();
                String regex = Pattern.quote(key).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
                all.add(new Template(key, Pattern.compile(regex), key.split("\\{", -1).length - 1, item.getValue()));
            }
            all.sort(Comparator.comparingInt(Template::parameters));
            templates = all;
        }
        return templates;
    }
}
