package se.rus.reporting.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.CloudEvent;
import se.rus.platform.events.Inbox;
import se.rus.reporting.lifecycle.ReportPublished;
import se.rus.reporting.projection.RauEventsApplied;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where webhook messages come from: this service's approvals and re-openings (observed in their transaction) and
 * followup's RÅU events (taken once each through the inbox, under a consumer name of their own, so a projection
 * rebuild does not send them again). Each payload carries only what every receiving role can read, and a link.
 */
@ApplicationScoped
public class WebhookSources implements RauEventsApplied {

    static final String CONSUMER = "reporting.webhooks";
    private static final String RAU = "se.rus.followup.Rau";

    @Inject
    WebhookMessages messages;

    @Inject
    WebhookSettings settings;

    @Inject
    Inbox inbox;

    void reportPublished(@Observes ReportPublished event) {
        String base = settings.reportingUrl() + "/api/v1/reports/" + event.year();
        ObjectNode data = messages.data().put("year", event.year());
        if (event instanceof ReportPublished.Approved approved) {
            String version = base + "/versions/" + approved.version();
            data.put("version", approved.version()).put("approvedAt", approved.approvedAt().toString());
            links(data, version).put("openData", settings.reportingUrl() + "/api/v1/open/reports/" + event.year());
            messages.publish(WebhookEventType.REPORT_APPROVED, nameBased("approved", event.year(), approved.version()),
                    String.valueOf(event.year()), event.at(), data, null);
        } else if (event instanceof ReportPublished.Reopened reopened) {
            data.put("afterVersion", reopened.afterVersion());
            data.putObject("links").put("self", base).put("lastApproved", base + "/approved");
            messages.publish(WebhookEventType.REPORT_REOPENED, nameBased("reopened", event.year(), reopened.afterVersion()),
                    String.valueOf(event.year()), event.at(), data, null);
        }
    }

    /** The frozen version in every format. */
    private static ObjectNode links(ObjectNode data, String version) {
        return data.putObject("links").put("self", version)
                .put("json", version + "?format=json").put("markdown", version + "?format=markdown")
                .put("html", version + "?format=html").put("pdf", version + "?format=pdf");
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CloudEvent event) {
        String type = String.valueOf(event.type());
        if (!type.startsWith(RAU)) {
            return false;
        }
        WebhookEventType webhookType = switch (type) {
            case "se.rus.followup.RauRoundOpened.v1" -> WebhookEventType.RAU_ROUND_OPENED;
            case "se.rus.followup.RauRoundChanged.v1" -> WebhookEventType.RAU_ROUND_CHANGED;
            case "se.rus.followup.RauRoundClosed.v1" -> WebhookEventType.RAU_ROUND_CLOSED;
            case "se.rus.followup.RauReturned.v1" -> WebhookEventType.RAU_SUBMISSION_RETURNED;
            case "se.rus.followup.RauAccepted.v1" -> WebhookEventType.RAU_SUBMISSION_ACCEPTED;
            default -> null;
        };
        if (webhookType == null) {
            return false;
        }
        return inbox.applyOnce(event, CONSUMER, () -> rau(webhookType, event));
    }

    private void rau(WebhookEventType type, CloudEvent event) {
        JsonNode state = event.data();
        int year = required(state, "year").asInt();
        String id = required(state, "id").asText();
        ObjectNode data = messages.data().put("id", id).put("year", year);
        List<String> counties = new ArrayList<>();
        if (type.isRound()) {
            copy(state, data, "deadline", "status", "objectiveCodes", "countyCodes");
            required(state, "countyCodes").forEach(code -> counties.add(code.asText()));
            data.putObject("links").put("self", settings.followupUrl() + "/api/v1/rau/" + year + "/round");
        } else {
            copy(state, data, "countyCode", "objectiveCode", "status");
            counties.add(required(state, "countyCode").asText());
            data.putObject("links").put("self", settings.followupUrl() + "/api/v1/rau/" + year + "/submissions/" + id);
        }
        messages.publish(type, event.id(), type.isRound() ? "rau/" + year : "rau/" + year + "/" + id,
                event.time() == null ? java.time.Instant.now() : event.time(), data, counties);
    }

    private static JsonNode required(JsonNode state, String field) {
        JsonNode value = state == null ? null : state.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("RÅU event without " + field);
        }
        return value;
    }

    private static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String field : fields) {
            if (from.hasNonNull(field)) {
                to.set(field, from.get(field));
            }
        }
    }

    /** The same happening always has the same CloudEvent id (approval n of a year happens once). */
    private static UUID nameBased(String what, int year, int version) {
        return UUID.nameUUIDFromBytes(("rus.report." + what + "." + year + "." + version).getBytes(StandardCharsets.UTF_8));
    }
}
