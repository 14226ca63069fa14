package se.rus.followup.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

@Path("/api/v1/followups/{year}/import")
@Tag(name = "Import", description = "Import av ett helt års uppföljning")
public class FollowUpImportResource {

    @Inject
    ImportingFollowUp importing;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "importFollowUp", summary = "Importera årets utfall, områdesnoteringar och målvärderingar (idempotent)")
    @APIResponse(responseCode = "200", description = "Vad importen skapade, ändrade och lämnade orört")
    @APIResponse(responseCode = "400", description = "Ogiltigt dokument")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "422", description = "Ett område, en aktivitet eller ett mål är okänt för tjänsten; inget importerades")
    public ImportingFollowUp.Result importYear(@PathParam("year") int year, @Valid @NotNull FollowUpDocument document) {
        return importing.importYear(year, document);
    }
}
