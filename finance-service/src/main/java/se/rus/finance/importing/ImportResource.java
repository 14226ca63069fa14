package se.rus.finance.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;

@Path("/api/v1/years/{year}/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Ett helt räkenskapsår i ett dokument, idempotent")
public class ImportResource {

    @Inject
    ImportingYear importing;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "importFinancialYear",
            summary = "Importera ett helt år: anslag, poster, verifikationer, medfinansiering, täckning av underskott")
    @APIResponse(responseCode = "200", description = "Importerat; räknar vad som lades till eller ändrades")
    @APIResponse(responseCode = "400", description = "Ogiltigt dokument; errors[].field pekar ut fältet")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "409", description = "Året är stängt, eller en verifikation/källa finns med annat innehåll")
    @APIResponse(responseCode = "422", description = "Nyckelfördelade medel överstiger anslaget")
    public ImportingYear.Result importYear(@PathParam("year") @Min(2000) @Max(2100) int year,
                                          @Valid @NotNull ImportDocument document) {
        return importing.importYear(year, document);
    }
}
