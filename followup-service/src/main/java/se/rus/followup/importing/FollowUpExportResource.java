package se.rus.followup.importing;

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

@Path("/api/v1/followups/{year}/export")
@Tag(name = "Import")
public class FollowUpExportResource {

    @Inject
    ExportingFollowUp exporting;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "exportFollowUp", summary = "Exportera årets uppföljning som importdokument",
            description = "Precis det dokument som PUT /api/v1/followups/{year}/import tar emot: importeras exporten "
                    + "(när planen finns, här eller i en tom databas) blir uppföljningen densamma, och en ny export ger "
                    + "samma dokument. Områden och aktiviteter i planens ordning, årets målvärderingar med sitt år. "
                    + "RÅU ingår inte (den har ingen import).")
    @APIResponse(responseCode = "200", description = "Uppföljningen som importdokument",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpDocument.class)))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Ingen uppföljning registrerad för året", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public FollowUpDocument exportYear(@PathParam("year") @Parameter(example = "2024") int year) {
        return exporting.export(year);
    }
}
