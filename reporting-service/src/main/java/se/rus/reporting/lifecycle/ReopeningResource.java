package se.rus.reporting.lifecycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;

import java.net.URI;

@Path("/api/v1/reports/{year}/reopenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Report lifecycle", description = "Godkännande, frysta versioner och återöppning")
public class ReopeningResource {

    @Inject
    ReopeningReport reopening;

    @POST
    @RolesAllowed(Roles.STEERING)
    @Operation(operationId = "reopenReport", summary = "Öppna en godkänd verksamhetsberättelse igen; nästa godkännande blir version n+1")
    @APIResponse(responseCode = "201", description = "Öppnad igen; Location pekar på den levande berättelsen")
    @APIResponse(responseCode = "400", description = "reason saknas")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Bara styrgruppen öppnar igen")
    @APIResponse(responseCode = "409", description = "Berättelsen är inte godkänd")
    public Response reopen(@PathParam("year") @Min(2000) @Max(2100) int year,
                           @Valid @NotNull ReopeningReport.Reopening request) {
        ReopeningReport.ReopeningView view = reopening.reopen(year, request);
        return Response.created(URI.create("/api/v1/reports/" + year)).entity(view).build();
    }
}
