package se.rus.platform.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract says what the services do over HTTP in the terms a generated client reads (OpenAPI Generator,
 * openapi-typescript), once for all four services instead of in every resource method:
 * <ul>
 * <li>a 201 carries {@code Location}; a 201 or 200 of a resource that is changed under {@code If-Match}, and a 200
 * that can be answered 304, carries {@code ETag} (both declared headers, so a client reads them by name); an
 * operation that sends {@code ETag} beyond these rules (a resource that never changes, a list with a version)
 * declares it on its {@code @APIResponse} with {@code @Header(name = "ETag", ref = "ETag")}, and the services' tests
 * fail on a response that sends one undeclared ({@code se.rus.localstack.SentHeadersAreDeclared});</li>
 * <li>a JSON success of a {@link DeprecatedFields} method carries {@code Deprecation} and {@code Sunset}
 * ({@link DeprecationHeaders}), declared with the method's own dates as examples;</li>
 * <li>{@code If-Match} is required wherever its absence is a 428 ({@link Preconditions});</li>
 * <li>a PATCH body is a JSON Merge Patch of the operation's PUT body: a schema of its own with the same properties
 * and none required, under {@code application/merge-patch+json} only ({@link MergePatch});</li>
 * <li>path parameters in the order of the URL, then the filters, then {@code page}, {@code size}, {@code sort}, then
 * headers (smallrye sorts them by name, which turns {@code /reports/{year}/versions/{number}} into
 * {@code getReportVersion(number, year)});</li>
 * <li>a text or PDF rendering is a string (binary for PDF), never an untyped {@code {}};</li>
 * <li>a decimal string is constrained by its pattern only ({@code minimum} on a string does nothing);</li>
 * <li>a tag name is ASCII (it becomes a class name: {@code RÅU} turned into {@code RuApi}), the Swedish name kept as
 * its {@code x-displayName}.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ClientContract implements OASFilter {

    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String IF_MATCH = "If-Match";
    private static final List<String> PAGING = List.of("page", "size", Sorting.PARAMETER);
    private static final DotName DEPRECATED_FIELDS = DotName.createSimple(DeprecatedFields.class);
    private static final DotName OPERATION = DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class);

    /** The {@link DeprecatedFields} of each operation that has them, by operation id. */
    private final Map<String, AnnotationInstance> deprecations = new LinkedHashMap<>();

    /** smallrye hands a build-stage filter the application's index, where the resource methods' annotations are. */
    public ClientContract(IndexView index) {
        for (AnnotationInstance deprecated : index.getAnnotations(DEPRECATED_FIELDS)) {
            if (deprecated.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            Optional.ofNullable(deprecated.target().asMethod().annotation(OPERATION))
                    .map(operation -> operation.value("operationId"))
                    .map(AnnotationValue::asString)
                    .ifPresent(operationId -> deprecations.put(operationId, deprecated));
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addHeader(ETAG, OASFactory.createHeader()
                .description("Version of the resource; send it back in If-Match to change it, or in If-None-Match to read it only when changed")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addExample("\"3\"")));
        components.addHeader(LOCATION, OASFactory.createHeader()
                .description("Address of the created resource")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")
                        .addExample("/api/v1/plans/2024/activities/5d7e0c1a-9b1e-4c55-a0a4-2a1f6b8e7c31")));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
            for (Map.Entry<String, PathItem> path : paths.entrySet()) {
                PathItem item = path.getValue();
                for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                    Operation operation = entry.getValue();
                    orderParameters(path.getKey(), operation);
                    requireIfMatch(operation);
                    typeRenderings(operation);
                    declareHeaders(paths, path.getKey(), entry.getKey(), operation);
                    declareDeprecation(operation);
                    if (entry.getKey() == PathItem.HttpMethod.PATCH) {
                        describeMergePatch(item, operation, components);
                    }
                }
            }
        }
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ClientContract::patternOnlyDecimals);
        }
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> {
                String ascii = ascii(tag.getName());
                if (!ascii.equals(tag.getName())) {
                    renameTag(openAPI, tag.getName(), ascii);
                    tag.addExtension("x-displayName", tag.getName());
                    tag.setName(ascii);
                }
            });
        }
    }

    private static void orderParameters(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        List<Parameter> ordered = new ArrayList<>(operation.getParameters());
        ordered.sort(Comparator.comparingInt((Parameter p) -> rank(p.getIn()))
                .thenComparingInt(p -> p.getIn() == Parameter.In.PATH ? path.indexOf("{" + p.getName() + "}")
                        : p.getIn() == Parameter.In.QUERY ? PAGING.indexOf(p.getName()) : 0));
        operation.setParameters(ordered);
    }

    private static int rank(Parameter.In in) {
        return in == Parameter.In.PATH ? 0 : in == Parameter.In.QUERY ? 1 : 2;
    }

    private static void requireIfMatch(Operation operation) {
        if (operation.getParameters() == null || !answers(operation, "428")) {
            return;
        }
        operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(p.getName()))
                .forEach(p -> p.setRequired(true));
    }

    /** {@code text/*} and PDF renderings are text and bytes; smallrye leaves a {@code Response}'s schema empty. */
    private static void typeRenderings(Operation operation) {
        successes(operation).forEach((status, response) -> {
            if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                return;
            }
            response.getContent().getMediaTypes().forEach((type, media) -> {
                if (media.getSchema() != null && !isEmpty(media.getSchema())) {
                    return;
                }
                if (type.startsWith("text/")) {
                    media.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                } else if (type.equals("application/pdf")) {
                    media.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary"));
                }
            });
        });
    }

    private static void declareHeaders(Map<String, PathItem> paths, String path, PathItem.HttpMethod method, Operation operation) {
        boolean conditional = takesIfMatch(paths.get(path));
        successes(operation).forEach((status, response) -> {
            if (status.equals("201")) {
                addHeader(response, LOCATION);
                if (conditional || paths.entrySet().stream()
                        .anyMatch(child -> isItemOf(child.getKey(), path) && takesIfMatch(child.getValue()))) {
                    addHeader(response, ETAG);
                }
            } else if (status.equals("200") && (answers(operation, "304")
                    || (isSingleResource(response) && conditional && method != PathItem.HttpMethod.DELETE))) {
                // a 304 is an answer to If-None-Match: whatever the body (a feed, a PDF), its 200 sent the ETag
                addHeader(response, ETAG);
            }
        });
    }

    /** The JSON successes of a {@link DeprecatedFields} method, as {@link DeprecationHeaders} answers them. */
    private void declareDeprecation(Operation operation) {
        AnnotationInstance deprecated = operation.getOperationId() == null ? null : deprecations.get(operation.getOperationId());
        if (deprecated == null) {
            return;
        }
        String since = deprecated.value("since").asString();
        String sunset = deprecated.value("sunset").asString();
        successes(operation).forEach((status, response) -> {
            if (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || !response.getContent().getMediaTypes().containsKey("application/json")) {
                return;
            }
            response.addHeader(DeprecationHeaders.DEPRECATION, OASFactory.createHeader()
                    .description("RFC 9745, with the JSON representation only: it carries fields deprecated at this "
                            + "moment (@ and Unix seconds); CHANGELOG.md names them and what replaces them")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^@[0-9]+$")
                            .addExample(DeprecationHeaders.deprecation(since))));
            response.addHeader(DeprecationHeaders.SUNSET, OASFactory.createHeader()
                    .description("RFC 8594: the first moment those fields may be gone (HTTP-date)")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .addExample(DeprecationHeaders.sunset(sunset))));
        });
    }

    /** {@code /x/{id}} is an item of the collection {@code /x}. */
    private static boolean isItemOf(String candidate, String collection) {
        return candidate.startsWith(collection + "/{") && candidate.indexOf('/', collection.length() + 1) < 0;
    }

    private static boolean takesIfMatch(PathItem item) {
        return item != null && item.getOperations().values().stream()
                .anyMatch(op -> op.getParameters() != null && op.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(p.getName())));
    }

    /** A response whose JSON body is one resource (a component schema other than a page), not a list. */
    private static boolean isSingleResource(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        return response.getContent().getMediaTypes().values().stream()
                .map(MediaType::getSchema)
                .anyMatch(schema -> schema != null && schema.getRef() != null && !schema.getRef().contains("/Page"));
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }

    /**
     * The PATCH body as the service reads it ({@link MergePatch}): the PUT body's properties, none required, a
     * null removing one. The service accepts {@code application/json} too, but only the merge-patch type is
     * offered, so that a generated client sends what RFC 7396 names.
     */
    private static void describeMergePatch(PathItem item, Operation patch, Components components) {
        Operation put = item.getPUT();
        Schema replaced = put == null || put.getRequestBody() == null ? null : jsonSchema(put.getRequestBody().getContent());
        if (patch.getRequestBody() == null) {
            return;
        }
        if (replaced == null || replaced.getRef() == null) {
            // a PATCH without a PUT beside it names its change schema itself: offered under the merge-patch type alone
            Schema own = jsonSchema(patch.getRequestBody().getContent());
            if (own != null && own.getRef() != null) {
                patch.getRequestBody().setRequired(true);
                patch.getRequestBody().setContent(OASFactory.createContent().addMediaType(MergePatch.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(own.getRef()))));
            }
            return;
        }
        String name = replaced.getRef().substring(replaced.getRef().lastIndexOf('/') + 1);
        Schema whole = components.getSchemas() == null ? null : components.getSchemas().get(name);
        if (whole == null) {
            return;
        }
        String patchName = name.replaceFirst("(Input|Request|Changes?)$", "") + "Patch";
        Schema partial = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("JSON Merge Patch (RFC 7396) of " + name + ": only the members to change; null removes a member")
                .properties(whole.getProperties() == null ? Map.of() : new LinkedHashMap<>(whole.getProperties()));
        if (whole.getAdditionalPropertiesBoolean() != null) {
            partial.setAdditionalPropertiesBoolean(whole.getAdditionalPropertiesBoolean());
        }
        components.addSchema(patchName, partial);
        patch.getRequestBody().setRequired(true);
        patch.getRequestBody().setContent(OASFactory.createContent().addMediaType(MergePatch.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + patchName))));
    }

    private static Schema jsonSchema(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return null;
        }
        MediaType json = content.getMediaTypes().get("application/json");
        return json == null ? null : json.getSchema();
    }

    /** A decimal string carries its bounds in its pattern: {@code minimum} applies to numbers only. */
    private static void patternOnlyDecimals(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.STRING))) {
            schema.setMinimum(null);
            schema.setMaximum(null);
            schema.setExclusiveMinimum(null);
            schema.setExclusiveMaximum(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ClientContract::patternOnlyDecimals);
        }
        patternOnlyDecimals(schema.getItems());
    }

    private static void renameTag(OpenAPI openAPI, String from, String to) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getTags() != null && op.getTags().contains(from)) {
                List<String> tags = new ArrayList<>(op.getTags());
                tags.replaceAll(t -> t.equals(from) ? to : t);
                op.setTags(tags);
            }
        }));
    }

    /** {@code RÅU} → {@code RAU}: the letters without their diacritics. */
    static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Map<String, APIResponse> successes(Operation operation) {
        Map<String, APIResponse> successes = new LinkedHashMap<>();
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getRef() == null) {
                    successes.put(status, response);
                }
            });
        }
        return successes;
    }

    private static boolean answers(Operation operation, String status) {
        return operation.getResponses() != null && operation.getResponses().getAPIResponses() != null
                && operation.getResponses().getAPIResponses().containsKey(status);
    }

    private static boolean isEmpty(Schema schema) {
        return schema.getAll() == null || schema.getAll().isEmpty();
    }
}
