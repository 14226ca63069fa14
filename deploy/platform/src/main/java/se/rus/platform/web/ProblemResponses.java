package se.rus.platform.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Every error answer of every service is a {@link Problem} ({@code application/problem+json}), whoever wrote it
 * ({@link ProblemMappers}, the security layer, the body-size limit). Resources document only their error codes and
 * why; this filter gives each 4xx/5xx response that body, under one schema name ({@code Problem}) in all four
 * contracts, so a generated client has one error type.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(SCHEMA, problemSchema());
        components.addSchema("ProblemFieldError", fieldErrorSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if ((status.startsWith("4") || status.startsWith("5")) && response.getRef() == null) {
                    response.setContent(problemContent(response.getContent()));
                }
            });
        }));
    }

    /** The problem+json body, for a service's own filter that adds an error response after this one ran. */
    public static Content problemContent() {
        return problemContent(null);
    }

    /** A problem+json body, keeping an example a resource wrote for this response. */
    private static Content problemContent(Content documented) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF));
        if (documented != null && documented.getMediaTypes() != null) {
            MediaType written = documented.getMediaTypes().get(Problem.MEDIA_TYPE);
            if (written != null) {
                media.setExample(written.getExample());
                media.setExamples(written.getExamples());
            }
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; errors names the offending fields of a 400")
                .required(List.of("type", "title", "status"))
                .properties(Map.of(
                        "type", string("uri", "https://rus.example/problems/validation"),
                        "title", string(null, "Ogiltig begäran"),
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                .addExample(400),
                        "detail", string(null, "plannedDays: får inte vara negativt"),
                        "instance", string("uri-reference", "/api/v1/plans/2024/activities"),
                        "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref("#/components/schemas/ProblemFieldError"))));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .properties(Map.of(
                        "field", string(null, "plannedDays"),
                        "message", string(null, "får inte vara negativt")));
    }

    private static Schema string(String format, String example) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING).addExample(example);
        return format == null ? schema : schema.format(format);
    }
}
