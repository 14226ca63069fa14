package se.rus.reporting.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a year's approved report is opened again: what reopening takes, as the request body. */
@Schema(name = "ReportReopeningRequest")
public record Reopening(
        @NotBlank @Size(max = 2000) @Schema(example = "Utfallet för Indikatorutveckling har rättats") String reason) {
}
