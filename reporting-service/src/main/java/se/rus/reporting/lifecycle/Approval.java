package se.rus.reporting.lifecycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The steering group's approval of a year's report: what approving takes, as the request body. */
@Schema(name = "ReportApproval")
public record Approval(
        @NotNull @Schema(example = "2025-02-05", description = "Dagen berättelsen godkändes; från rapportårets början till i dag (svensk tid)") LocalDate approvedAt,
        @Size(max = 300) @Schema(example = "RUS styrgrupp", description = "Organet som godkände vid mötet; utan värde RUS styrgrupp") String body,
        @Size(max = 1000) @Schema(example = "i länsrådsutskott för miljö och energi genom kontaktlänsråd för miljömålen",
                description = "Ytterligare godkännande, som meningen fortsätter efter \"och\"") String furtherApproval,
        @Schema(example = "false", description = "Godkänn trots fel i kontrollerna; kräver reason") Boolean override,
        @Size(max = 2000) @Schema(example = "Flaggan för Miljömålsprocessen rättas i nästa version") String reason) {

    static final String STEERING_GROUP = "RUS styrgrupp";

    boolean overriding() {
        return Boolean.TRUE.equals(override);
    }

    String bodyOrSteeringGroup() {
        return body == null || body.isBlank() ? STEERING_GROUP : body.trim();
    }

    String furtherApprovalOrNull() {
        return furtherApproval == null || furtherApproval.isBlank() ? null : furtherApproval.trim();
    }
}
