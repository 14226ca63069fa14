package se.rus.reporting.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;

@Path("/api/v1/admin/projections/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Drift av läsmodellen")
public class RebuildResource {

    @Inject
    RebuildingProjections rebuilding;

    @POST
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "rebuildProjections", summary = "Bygg om läsmodellen genom att läsa om alla tre ämnena från början (synkront)")
    @APIResponse(responseCode = "200", description = "Ombyggd; antal lästa händelser")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Bara arbetsgruppen bygger om")
    public RebuildingProjections.Rebuild rebuild() {
        return rebuilding.rebuild();
    }
}
