package se.rus.planning.goal;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import se.rus.platform.web.IdempotentRequests;
import se.rus.planning.goal.GoalEvents.GoalState;
import se.rus.platform.security.Roles;
import se.rus.platform.web.MergePatch;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.Sorting;

import java.util.UUID;

@Path("/api/v1/goal-periods/{period}/goals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals", description = "Treårsmål per period och verksamhetsområde")
@RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
public class GoalResource {

    private static final Sorting<GoalState> GOAL_ORDER = Sorting.<GoalState>by()
            .key("areaName", GoalState::areaName).key("position", GoalState::position);

    @Inject
    DefiningGoals definingGoals;

    @Inject
    MergePatch mergePatch;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @Operation(operationId = "listGoals", summary = "Lista periodens treårsmål i rapportordning (område, plats)")
    @APIResponse(responseCode = "200", description = "En sida mål")
    @APIResponse(responseCode = "400", description = "Ogiltig period eller sidindelning")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    public Page<GoalState> list(@PathParam("period") @Parameter(description = "Perioden, ÅÅÅÅ-ÅÅÅÅ", example = "2022-2024") String period,
                                @Valid @BeanParam PageRequest page,
                                @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"areaName", "-areaName", "position", "-position"})) String sort,
                                @QueryParam("areaName") @Parameter(description = "Bara detta område", example = "Miljömålsuppföljning") String areaName) {
        return Page.of(GOAL_ORDER.sorted(Goal.inReportOrder(Period.parse(period), areaName).stream()
                .map(GoalState::of).toList(), sort), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "defineGoal", summary = "Lägg till ett treårsmål")
    @APIResponse(responseCode = "201", description = "Målet lades till", content = @Content(schema = @Schema(implementation = GoalState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra målen")
    @APIResponse(responseCode = "409", description = "Området har redan samma mål för perioden")
    @APIResponse(responseCode = "422", description = "predecessorId är inget mål i närmast föregående period, eller Idempotency-Key användes tidigare med en annan kropp")
    public Response define(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Valfri nyckel för säkra omförsök", example = "7f3c9a2e-vp-2024-1") String idempotencyKey,
                           @PathParam("period") String period, @Valid @NotNull GoalContent input, UriInfo uri) {
        return idempotentRequests.once(idempotencyKey, uri, input, () -> {
            Goal goal = definingGoals.define(Period.parse(period), input);
            return Response.created(uri.getAbsolutePathBuilder().path(goal.id.toString()).build())
                    .tag(Preconditions.etag(goal.version)).entity(GoalState.of(goal)).build();
        });
    }

    @GET
    @Path("{goalId}")
    @Operation(operationId = "getGoal", summary = "Hämta ett treårsmål")
    @APIResponse(responseCode = "200", description = "Målet, med ETag", content = @Content(schema = @Schema(implementation = GoalState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig period")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Inget sådant mål i perioden")
    public Response get(@PathParam("period") String period, @PathParam("goalId") UUID goalId) {
        Goal goal = Goal.require(Period.parse(period), goalId);
        return Response.ok(GoalState.of(goal)).tag(Preconditions.etag(goal.version)).build();
    }

    @PUT
    @Path("{goalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "replaceGoal", summary = "Ersätt ett treårsmål (text, område, plats)")
    @APIResponse(responseCode = "200", description = "Det ändrade målet, med ny ETag", content = @Content(schema = @Schema(implementation = GoalState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra målen")
    @APIResponse(responseCode = "404", description = "Inget sådant mål i perioden")
    @APIResponse(responseCode = "409", description = "Området har redan samma mål för perioden")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "422", description = "predecessorId är inget mål i närmast föregående period")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response replace(@PathParam("period") String period, @PathParam("goalId") UUID goalId,
                            @HeaderParam("If-Match") @Parameter(description = "Målets ETag", example = "\"0\"") String ifMatch,
                            @Valid @NotNull GoalContent input) {
        Goal goal = definingGoals.replace(Period.parse(period), goalId, ifMatch, input);
        return Response.ok(GoalState.of(goal)).tag(Preconditions.etag(goal.version)).build();
    }

    @PATCH
    @Path("{goalId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "patchGoal", summary = "Ändra delar av ett treårsmål (JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "Det ändrade målet, med ny ETag", content = @Content(schema = @Schema(implementation = GoalState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra målen")
    @APIResponse(responseCode = "404", description = "Inget sådant mål i perioden")
    @APIResponse(responseCode = "409", description = "Området har redan samma mål för perioden")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "422", description = "predecessorId är inget mål i närmast föregående period")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response patch(@PathParam("period") String period, @PathParam("goalId") UUID goalId,
                          @HeaderParam("If-Match") @Parameter(description = "Målets ETag", example = "\"0\"") String ifMatch,
                          @Schema(implementation = GoalContent.class) String patch) throws JsonProcessingException {
        Period p = Period.parse(period);
        GoalContent input = mergePatch.apply(GoalContent.of(Goal.require(p, goalId)), patch, GoalContent.class);
        Goal goal = definingGoals.replace(p, goalId, ifMatch, input);
        return Response.ok(GoalState.of(goal)).tag(Preconditions.etag(goal.version)).build();
    }

    @DELETE
    @Path("{goalId}")
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "removeGoal", summary = "Ta bort ett treårsmål")
    @APIResponse(responseCode = "204", description = "Målet togs bort")
    @APIResponse(responseCode = "400", description = "Ogiltig period")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra målen")
    @APIResponse(responseCode = "404", description = "Inget sådant mål i perioden")
    @APIResponse(responseCode = "409", description = "Ett mål i nästa period fortsätter detta mål")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response remove(@PathParam("period") String period, @PathParam("goalId") UUID goalId,
                           @HeaderParam("If-Match") @Parameter(description = "Målets ETag", example = "\"0\"") String ifMatch) {
        definingGoals.remove(Period.parse(period), goalId, ifMatch);
        return Response.noContent().build();
    }
}
