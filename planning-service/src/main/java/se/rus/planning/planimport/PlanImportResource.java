package se.rus.planning.planimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;
import se.rus.platform.web.Preconditions;

@Path("/api/v1/plans/{year}/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Läs in en hel plan på en gång")
public class PlanImportResource {

    @Inject
    ImportingPlan importingPlan;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "importPlan", summary = "Läs in årets plan (områden, aktiviteter, treårsmål, organisation) i en transaktion",
            description = "Idempotent: samma dokument två gånger ändrar ingenting och publicerar inga händelser. "
                    + "Ett ändrat dokument ändrar bara det som skiljer (matchat på områdesnamn, aktivitetstitel inom området, "
                    + "måltext inom område och period, namn inom grupp) och publicerar motsvarande händelser. "
                    + "If-Match är valfritt här; anges det måste det matcha planens ETag.")
    @APIResponse(responseCode = "200", description = "Planen är inläst; svaret räknar det som finns och de händelser som publicerades", content = @Content(schema = @Schema(implementation = ImportingPlan.Result.class)))
    @APIResponse(responseCode = "400", description = "Ogiltigt dokument (fältet namnges)")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får läsa in planer")
    @APIResponse(responseCode = "409", description = "Dokumentet vill återföra en antagen plan till DRAFT")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte planens nuvarande version")
    public Response importPlan(@PathParam("year") @Parameter(example = "2024") int year,
                               @HeaderParam("If-Match") @Parameter(description = "Planens ETag (valfri)", example = "\"3\"") String ifMatch,
                               @Valid @NotNull PlanDocument document) {
        ImportingPlan.Result result = importingPlan.importPlan(year, ifMatch, document);
        return Response.ok(result).tag(Preconditions.etag(result.version())).build();
    }
}
