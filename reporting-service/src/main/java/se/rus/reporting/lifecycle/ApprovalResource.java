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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;
import se.rus.platform.web.IdempotentRequests;

import java.net.URI;

@Path("/api/v1/reports/{year}/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Report lifecycle", description = "Godkännande, frysta versioner och återöppning")
public class ApprovalResource {

    @Inject
    ApprovingReport approving;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @RolesAllowed(Roles.STEERING)
    @Operation(operationId = "approveReport", summary = "Styrgruppen godkänner verksamhetsberättelsen; innehållet fryses som nästa version")
    @APIResponse(responseCode = "201", description = "Godkänd; Location pekar på den frysta versionen", content = @Content(schema = @Schema(implementation = VersionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "Ogiltig indata, t.ex. approvedAt saknas eller override utan reason")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Bara styrgruppen godkänner")
    @APIResponse(responseCode = "404", description = "Ingen verksamhetsplan är känd för året")
    @APIResponse(responseCode = "409", description = "Redan godkänd, eller kontrollerna har fel och override saknas")
    @APIResponse(responseCode = "422", description = "Idempotency-Key användes tidigare med en annan kropp")
    public Response approve(@HeaderParam(IdempotentRequests.HEADER)
                            @Parameter(description = "Valfri nyckel för säkra omförsök", example = "godkannande-2024-1") String idempotencyKey,
                            @PathParam("year") @Min(2000) @Max(2100) int year,
                            @Valid @NotNull Approval approval, UriInfo uri) {
        return idempotentRequests.once(idempotencyKey, uri, approval, () -> {
            ReportVersion version = approving.approve(year, approval);
            return Response.created(URI.create("/api/v1/reports/" + year + "/versions/" + version.number))
                    .tag(new EntityTag(version.contentHash))
                    .entity(VersionView.of(version))
                    .build();
        });
    }
}
