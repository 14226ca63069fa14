package se.rus.reporting.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** All that a subscriber may change: what a PATCH merges into and changing takes. */
@Schema(name = "WebhookSubscriptionChange", description = "Hela tillståndet som PATCH (JSON Merge Patch) ändrar i")
public record SubscriptionChange(
        @NotBlank @Size(max = 2000) @Schema(example = "https://lansstyrelsen.example/rus/webhooks") String url,
        @NotNull @Size(min = 1, max = 7) List<@NotBlank @Size(max = 40) String> eventTypes,
        @Size(max = 500) String description,
        @NotNull @Schema(description = "false stänger av; true slår på igen och väntande meddelanden skickas") Boolean enabled) {
}
