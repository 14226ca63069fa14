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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;
import se.rus.platform.web.IdempotentRequests;

import java.net.URI;

@Path("/api/v1/reports/{year}/reopenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Report lifecycle", description = "Godkännande, frysta versioner och återöppning")
public class ReopeningResource {

    @Inject
    ReopeningReport reopening;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @RolesAllowed(Roles.STEERING)
    @Operation(operationId = "reopenReport", summary = "Öppna en godkänd verksamhetsberättelse igen; nästa godkännande blir version n+1")
    @APIResponse(responseCode = "201", description = "Öppnad igen; Location pekar på den levande berättelsen", content = @Content(schema = @Schema(implementation = ReopeningReport.ReopeningView.class)))
    @APIResponse(responseCode = "400", description = "reason saknas")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Bara styrgruppen öppnar igen")
    @APIResponse(responseCode = "409", description = "Berättelsen är inte godkänd")
    @APIResponse(responseCode = "422", description = "Idempotency-Key användes tidigare med en annan kropp")
    public Response reopen(@HeaderParam(IdempotentRequests.HEADER)
                           @Parameter(description = "Valfri nyckel för säkra omförsök", example = "ateroppning-2024-1") String idempotencyKey,
                           @PathParam("year") @Min(2000) @Max(2100) int year,
                           @Valid @NotNull Reopening request, UriInfo uri) {
        return idempotentRequests.once(idempotencyKey, uri, request, () -> {
            ReopeningReport.ReopeningView view = reopening.reopen(year, request);
            return Response.created(URI.create("/api/v1/reports/" + year)).entity(view).build();
        });
    }
}
