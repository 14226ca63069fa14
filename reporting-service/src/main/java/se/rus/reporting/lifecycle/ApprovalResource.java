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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;

import java.net.URI;

@Path("/api/v1/reports/{year}/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Report lifecycle", description = "Godkännande, frysta versioner och återöppning")
public class ApprovalResource {

    @Inject
    ApprovingReport approving;

    @POST
    @RolesAllowed(Roles.STEERING)
    @Operation(operationId = "approveReport", summary = "Styrgruppen godkänner verksamhetsberättelsen; innehållet fryses som nästa version")
    @APIResponse(responseCode = "201", description = "Godkänd; Location pekar på den frysta versionen")
    @APIResponse(responseCode = "400", description = "Ogiltig indata, t.ex. approvedAt saknas eller override utan reason")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Bara styrgruppen godkänner")
    @APIResponse(responseCode = "404", description = "Inget är känt om året")
    @APIResponse(responseCode = "409", description = "Redan godkänd, eller kontrollerna har fel och override saknas")
    public Response approve(@PathParam("year") @Min(2000) @Max(2100) int year,
                            @Valid @NotNull ApprovingReport.Approval approval) {
        ReportVersion version = approving.approve(year, approval);
        return Response.created(URI.create("/api/v1/reports/" + year + "/versions/" + version.number))
                .tag(new EntityTag(version.contentHash))
                .entity(VersionView.of(version))
                .build();
    }
}
