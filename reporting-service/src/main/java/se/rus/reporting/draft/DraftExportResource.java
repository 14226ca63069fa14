package se.rus.reporting.draft;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;
import se.rus.platform.web.Problem;

@Path("/api/v1/reports/{year}/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report drafts")
public class DraftExportResource {

    @Inject
    ExportingDraft exporting;

    @GET
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "exportReportDraft", summary = "Exportera verksamhetsberättelsens redaktionella texter som importdokument",
            description = "Precis det dokument som PUT /api/v1/reports/{year}/draft tar emot (utan år, tidpunkt och "
                    + "författare): läggs exporten in igen, här eller i en tom databas, blir texterna desamma, och en ny "
                    + "export ger samma dokument. Siffrorna ingår inte; de kommer från de andra tjänsternas händelser.")
    @APIResponse(responseCode = "200", description = "Texterna som importdokument",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftContent.class)))
    @APIResponse(responseCode = "400", description = "Året ligger utanför 2000–2100", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Inga texter skrivna för året", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DraftContent export(@PathParam("year") @Min(2000) @Max(2100) @Parameter(example = "2024") int year) {
        return exporting.export(year);
    }
}
