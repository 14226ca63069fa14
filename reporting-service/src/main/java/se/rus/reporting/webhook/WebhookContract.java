package se.rus.reporting.webhook;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The messages a subscriber receives, as the contract's OpenAPI {@code webhooks} (one per event type): the CloudEvent
 * body with its {@code data} per type and the three Standard Webhooks headers. Written here because no endpoint of
 * this service returns these bodies, so annotations would not reach them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class WebhookContract implements OASFilter {

    private static final String REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var components = openAPI.getComponents();
        components.addSchema("WebhookReportLinks", object(Map.of(
                "self", uri("Versionen (JSON med Accept, eller ?format=)"),
                "json", uri(null), "markdown", uri(null), "html", uri(null), "pdf", uri(null),
                "openData", uri("Samma berättelse utan token (/api/v1/open/reports/{year})")), List.of("self")));
        components.addSchema("WebhookReportApprovedData", object(Map.of(
                "year", integer(2024), "version", integer(1),
                "approvedAt", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date").examples(List.of("2025-02-05")),
                "links", ref("WebhookReportLinks")), List.of("year", "version", "approvedAt", "links")));
        components.addSchema("WebhookReportReopenedData", object(Map.of(
                "year", integer(2024), "afterVersion", integer(1),
                "links", object(Map.of("self", uri("Den levande berättelsen"), "lastApproved", uri("Den senast godkända versionen")),
                        List.of("self"))), List.of("year", "afterVersion", "links")));
        components.addSchema("WebhookRauRoundData", object(Map.of(
                "id", uuid(), "year", integer(2024), "deadline", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date"),
                "status", OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("OPEN", "CLOSED")),
                "objectiveCodes", strings(), "countyCodes", strings(),
                "links", object(Map.of("self", uri("Omgången i followup-service")), List.of("self"))),
                List.of("id", "year", "status", "countyCodes", "links")));
        components.addSchema("WebhookRauSubmissionData", object(Map.of(
                "id", uuid(), "year", integer(2024), "countyCode", text("01"), "objectiveCode", text("M01"),
                "status", OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("RETURNED", "ACCEPTED")),
                "links", object(Map.of("self", uri("Inlämningen i followup-service")), List.of("self"))),
                List.of("id", "year", "countyCode", "objectiveCode", "status", "links")));
        components.addSchema("WebhookTestData", object(Map.of("subscriptionId", uuid(), "message", text("Testmeddelande från RUS")),
                List.of("subscriptionId", "message")));

        webhook(openAPI, "report.approved", "En version av verksamhetsberättelsen godkändes", "WebhookReportApprovedData");
        webhook(openAPI, "report.reopened", "En godkänd verksamhetsberättelse öppnades igen", "WebhookReportReopenedData");
        webhook(openAPI, "rau.round.opened", "En RÅU-omgång öppnades", "WebhookRauRoundData");
        webhook(openAPI, "rau.round.changed", "En öppen RÅU-omgång rättades", "WebhookRauRoundData");
        webhook(openAPI, "rau.round.closed", "En RÅU-omgång stängdes", "WebhookRauRoundData");
        webhook(openAPI, "rau.submission.returned", "En inlämning skickades tillbaka för komplettering", "WebhookRauSubmissionData");
        webhook(openAPI, "rau.submission.accepted", "En inlämning godtogs", "WebhookRauSubmissionData");
        webhook(openAPI, WebhookEventType.TEST, "Testmeddelandet (POST …/{id}/test)", "WebhookTestData");
    }

    private static void webhook(OpenAPI openAPI, String type, String summary, String dataSchema) {
        Schema body = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("CloudEvent 1.0 (JSON); data som " + dataSchema)
                .properties(Map.of(
                        "specversion", text("1.0"), "id", uuid(), "source", text(WebhookMessages.SOURCE),
                        "type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).constValue(type),
                        "subject", text("2024"),
                        "time", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time"),
                        "datacontenttype", text("application/json"),
                        "data", ref(dataSchema)))
                .required(List.of("specversion", "id", "source", "type", "time", "data"));
        var operation = OASFactory.createOperation()
                .operationId("webhook-" + type.replace('.', '-'))
                .summary(summary)
                .description("Skickas som POST till prenumerationens url med rubrikerna (Standard Webhooks 1.0) "
                        + "webhook-id (msg_…, samma vid varje nytt försök), webhook-timestamp (sekunder sedan 1970, för "
                        + "det här försöket) och webhook-signature (v1, + base64 HMAC-SHA256 av "
                        + "\"webhook-id.webhook-timestamp.kropp\" med den base64-avkodade nyckeln efter whsec_; under 24 h "
                        + "efter ett nyckelbyte två signaturer åtskilda av mellanslag). Mottagaren autentiserar avsändaren "
                        + "med signaturen; ingen token.")
                .addTag("Webhooks")
                .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType().schema(body))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("Mottaget (varje 2xx räknas); annat försöks igen med exponentiell väntan i minst 24 timmar"))
                        .addAPIResponse("410", OASFactory.createAPIResponse().description("Mottagaren finns inte längre: prenumerationen stängs av")
                                .content(OASFactory.createContent().addMediaType("application/problem+json",
                                        OASFactory.createMediaType().schema(ref("Problem"))))));
        openAPI.addWebhook(type, OASFactory.createPathItem().POST(operation));
    }

    private static Schema object(Map<String, Schema> properties, List<String> required) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).properties(new java.util.TreeMap<>(properties))
                .required(required);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(REF + name);
    }

    private static Schema text(String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of(example));
    }

    private static Schema uri(String description) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri");
        return description == null ? schema : schema.description(description);
    }

    private static Schema uuid() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid");
    }

    private static Schema integer(int example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").examples(List.of(example));
    }

    private static Schema strings() {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
