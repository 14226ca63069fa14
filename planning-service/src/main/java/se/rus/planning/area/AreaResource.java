package se.rus.planning.area;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.planning.area.AreaEvents.AreaState;
import se.rus.platform.web.IdempotentRequests;
import se.rus.planning.plan.Plan;
import se.rus.platform.security.Roles;
import se.rus.platform.web.MergePatch;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.Sorting;

import java.util.UUID;

@Path("/api/v1/plans/{year}/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "Verksamhetsområden i planen, i ordning")
@RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
public class AreaResource {

    private static final Sorting<Void> AREA_ORDER = Sorting.<Void>by().column("position", "position").column("name", "name");

    @Inject
    ArrangingAreas arrangingAreas;

    @Inject
    MergePatch mergePatch;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @Operation(operationId = "listAreas", summary = "Lista planens verksamhetsområden i ordning")
    @APIResponse(responseCode = "200", description = "En sida områden")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    public Page<AreaState> list(@PathParam("year") @Parameter(example = "2024") int year,
                                @Valid @BeanParam PageRequest page,
                                @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"position", "-position", "name", "-name"})) String sort) {
        Plan plan = Plan.requireByYear(year);
        return Page.of(Area.find("plan", AREA_ORDER.sort(sort, Sort.by("position")), plan), page, AreaState::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "addArea", summary = "Lägg till ett verksamhetsområde")
    @APIResponse(responseCode = "201", description = "Området lades till", content = @Content(schema = @Schema(implementation = AreaState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra planen")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    @APIResponse(responseCode = "409", description = "Planen har redan ett område med samma namn")
    @APIResponse(responseCode = "422", description = "Idempotency-Key användes tidigare med en annan kropp")
    public Response add(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Valfri nyckel för säkra omförsök", example = "7f3c9a2e-vp-2024-1") String idempotencyKey,
                        @PathParam("year") int year, @Valid @NotNull AreaContent input, UriInfo uri) {
        return idempotentRequests.once(idempotencyKey, uri, input, () -> {
            Area area = arrangingAreas.add(year, input);
            return Response.created(uri.getAbsolutePathBuilder().path(area.id.toString()).build())
                    .tag(Preconditions.etag(area.version)).entity(AreaState.of(area)).build();
        });
    }

    @GET
    @Path("{areaId}")
    @Operation(operationId = "getArea", summary = "Hämta ett verksamhetsområde")
    @APIResponse(responseCode = "200", description = "Området, med ETag", content = @Content(schema = @Schema(implementation = AreaState.class)))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Inget sådant område i årets plan")
    public Response get(@PathParam("year") int year, @PathParam("areaId") UUID areaId) {
        Area area = Area.require(year, areaId);
        return Response.ok(AreaState.of(area)).tag(Preconditions.etag(area.version)).build();
    }

    @PUT
    @Path("{areaId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "replaceArea", summary = "Ändra ett verksamhetsområde (namn, resursnotering, plats)")
    @APIResponse(responseCode = "200", description = "Det ändrade området, med ny ETag", content = @Content(schema = @Schema(implementation = AreaState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra planen")
    @APIResponse(responseCode = "404", description = "Inget sådant område i årets plan")
    @APIResponse(responseCode = "409", description = "Planen har redan ett område med samma namn")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response replace(@PathParam("year") int year, @PathParam("areaId") UUID areaId,
                            @HeaderParam("If-Match") @Parameter(description = "Områdets ETag", example = "\"0\"") String ifMatch,
                            @Valid @NotNull AreaContent input) {
        Area area = arrangingAreas.replace(year, areaId, ifMatch, input);
        return Response.ok(AreaState.of(area)).tag(Preconditions.etag(area.version)).build();
    }

    @PATCH
    @Path("{areaId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "patchArea", summary = "Ändra delar av ett verksamhetsområde (JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "Det ändrade området, med ny ETag", content = @Content(schema = @Schema(implementation = AreaState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra planen")
    @APIResponse(responseCode = "404", description = "Inget sådant område i årets plan")
    @APIResponse(responseCode = "409", description = "Planen har redan ett område med samma namn")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response patch(@PathParam("year") int year, @PathParam("areaId") UUID areaId,
                          @HeaderParam("If-Match") @Parameter(description = "Områdets ETag", example = "\"0\"") String ifMatch,
                          @Schema(implementation = AreaContent.class) String patch) throws JsonProcessingException {
        AreaContent input = mergePatch.apply(AreaContent.of(Area.require(year, areaId)), patch, AreaContent.class);
        Area area = arrangingAreas.replace(year, areaId, ifMatch, input);
        return Response.ok(AreaState.of(area)).tag(Preconditions.etag(area.version)).build();
    }

    @DELETE
    @Path("{areaId}")
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "removeArea", summary = "Ta bort ett verksamhetsområde utan aktiviteter")
    @APIResponse(responseCode = "204", description = "Området togs bort")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra planen")
    @APIResponse(responseCode = "404", description = "Inget sådant område i årets plan")
    @APIResponse(responseCode = "409", description = "Området har fortfarande aktiviteter")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response remove(@PathParam("year") int year, @PathParam("areaId") UUID areaId,
                           @HeaderParam("If-Match") @Parameter(description = "Områdets ETag", example = "\"0\"") String ifMatch) {
        arrangingAreas.remove(year, areaId, ifMatch);
        return Response.noContent().build();
    }
}
