package se.rus.planning.planimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

@Path("/api/v1/plans/{year}/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
public class PlanExportResource {

    @Inject
    ExportingPlan exportingPlan;

    @GET
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "exportPlan", summary = "Exportera årets plan som importdokument",
            description = "Precis det dokument som PUT /api/v1/plans/{year}/import tar emot: importeras exporten "
                    + "(här eller i en tom databas) blir planen densamma, och en ny export ger samma dokument. "
                    + "Ordningen är positionernas; föregångarmål anges med område och text (predecessorId bara när "
                    + "texten inte är entydig).")
    @APIResponse(responseCode = "200", description = "Planen som importdokument",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDocument.class)))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får exportera planer",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Ingen plan för året", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PlanDocument export(@PathParam("year") @Parameter(example = "2024") int year) {
        return exportingPlan.export(year);
    }
}
