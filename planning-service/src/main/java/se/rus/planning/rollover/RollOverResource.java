package se.rus.planning.rollover;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import se.rus.planning.plan.Plan;
import se.rus.planning.plan.PlanView;
import se.rus.platform.security.Roles;
import se.rus.platform.web.IdempotentRequests;
import se.rus.platform.web.Preconditions;

@Path("/api/v1/plans/{year}/roll-over")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Verksamhetsplanen per år")
public class RollOverResource {

    @Inject
    RollingOverPlan rollingOverPlan;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "rollOverPlan", summary = "Skapa nästa års plan som utkast utifrån årets plan",
            description = "Planen för år+1 skapas som DRAFT med samma titel (årtalet utbytt), vision, den treårsperiod "
                    + "som innehåller år+1, samma verksamhetsområden, aktiviteter (med flaggor och tid i VP; var och en med "
                    + "continuesActivityId = aktiviteten den kopierades från) och ledamöter (utom de som lämnat före "
                    + "årsskiftet). Treårsmålen hör till perioden och kopieras inte. Varje skapad del publicerar sin "
                    + "vanliga händelse i samma transaktion.")
    @APIResponse(responseCode = "201", description = "Nästa års plan skapades; Location pekar på den", content = @Content(schema = @Schema(implementation = PlanView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får skapa planer")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    @APIResponse(responseCode = "409", description = "Det finns redan en plan för nästa år")
    @APIResponse(responseCode = "422", description = "Nästa års plan eller dess period skulle hamna efter 2100")
    public Response rollOver(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Valfri nyckel för säkra omförsök", example = "7f3c9a2e-vp-2025-1") String idempotencyKey,
                             @PathParam("year") @Parameter(description = "Året vars plan förs över till nästa år", example = "2024") int year,
                             UriInfo uri) {
        // no body: the source year is what a retry must repeat
        return idempotentRequests.once(idempotencyKey, uri, year, () -> {
            Plan plan = rollingOverPlan.rollOver(year);
            return Response.created(uri.getBaseUriBuilder().path("api/v1/plans/{year}").build(plan.year))
                    .tag(Preconditions.etag(plan.version))
                    .entity(PlanView.of(plan))
                    .build();
        });
    }
}
