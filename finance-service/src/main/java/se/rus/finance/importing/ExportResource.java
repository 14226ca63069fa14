package se.rus.finance.importing;

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

@Path("/api/v1/years/{year}/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
public class ExportResource {

    @Inject
    ExportingYear exporting;

    @GET
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "exportFinancialYear", summary = "Exportera ett helt år som importdokument",
            description = "Precis det dokument som PUT /api/v1/years/{year}/import tar emot: importeras exporten "
                    + "(här eller i en tom databas) blir året detsamma, och en ny export ger samma dokument. Poster i "
                    + "sin ordning, verifikationerna i den ordning de bokfördes; en verifikation utan externalRef "
                    + "får sitt id som externalRef. close är true för ett stängt år.")
    @APIResponse(responseCode = "200", description = "Året som importdokument",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportDocument.class)))
    @APIResponse(responseCode = "400", description = "Året ligger utanför 2000–2100", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Räkenskapsåret finns inte", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ImportDocument exportYear(@PathParam("year") @Min(2000) @Max(2100) @Parameter(example = "2024") int year) {
        return exporting.export(year);
    }
}
