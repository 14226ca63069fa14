package se.rus.reporting.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What subscribing takes: where to, which events, and a note for the subscriber's own use. */
@Schema(name = "WebhookSubscriptionRequest")
public record NewSubscription(
        @NotBlank @Size(max = 2000) @Schema(example = "https://lansstyrelsen.example/rus/webhooks",
                description = "https; en publik adress (kontrolleras efter namnuppslagning)") String url,
        @NotNull @Size(min = 1, max = 7) @Schema(description = "Händelsetyper: " + WebhookViews.EVENT_TYPES,
                example = "[\"rau.submission.returned\", \"rau.round.changed\"]") List<@NotBlank @Size(max = 40) String> eventTypes,
        @Size(max = 500) @Schema(example = "Länets ärendesystem") String description) {
}
