package se.rus.planning.activity;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.planning.activity.ActivityEvents.ActivityState;
import se.rus.platform.web.IdempotentRequests;
import se.rus.planning.plan.Plan;
import se.rus.platform.security.Roles;
import se.rus.platform.web.MergePatch;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.QueryParameters;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.Sorting;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/plans/{year}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Planens aktiviteter med tid i VP, prioritering och utvecklingsinsats")
@RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
public class ActivityResource {

    private static final Sorting<Void> ACTIVITY_ORDER = Sorting.<Void>by()
            .column("areaName", "area.name").column("position", "activity.position").column("title", "activity.title")
            .column("plannedDays", "activity.plannedDays").column("developmentEffort", "activity.developmentEffort");

    @Inject
    PlanningActivities planningActivities;

    @Inject
    MergePatch mergePatch;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @Operation(operationId = "listActivities", summary = "Lista planens aktiviteter i ordning (område, plats), med filter")
    @APIResponse(responseCode = "200", description = "En sida aktiviteter")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning eller filter")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    public Page<ActivityState> list(@PathParam("year") @Parameter(example = "2024") int year,
                                    @Valid @BeanParam PageRequest page,
                                    @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"areaName", "-areaName", "position", "-position", "title", "-title", "plannedDays", "-plannedDays", "developmentEffort", "-developmentEffort"})) String sort,
                                    @QueryParam("areaId") @Parameter(description = "Bara detta område", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String areaIdParam,
                                    @QueryParam("prioritised") @Parameter(description = "Bara prioriterade (true) eller icke prioriterade (false)", example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) String prioritisedParam,
                                    @QueryParam("developmentEffort") @Parameter(description = "Bara denna nivå av utvecklingsinsats", example = "FULL", schema = @Schema(implementation = DevelopmentEffort.class)) String developmentEffortParam) {
        UUID areaId = QueryParameters.read("areaId", areaIdParam, UUID.class);
        Boolean prioritised = QueryParameters.read("prioritised", prioritisedParam, Boolean.class);
        DevelopmentEffort developmentEffort = QueryParameters.read("developmentEffort", developmentEffortParam, DevelopmentEffort.class);
        StringBuilder query = new StringBuilder(Activity.WITH_AREA_AND_PLAN + "plan.year = :year");
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        if (areaId != null) {
            query.append(" and area.id = :areaId");
            params.put("areaId", areaId);
        }
        if (prioritised != null) {
            query.append(" and activity.prioritised = :prioritised");
            params.put("prioritised", prioritised);
        }
        if (developmentEffort != null) {
            query.append(" and activity.developmentEffort = :developmentEffort");
            params.put("developmentEffort", developmentEffort);
        }
        Page<ActivityState> activities = Page.of(Activity.find(query.toString(),
                        ACTIVITY_ORDER.sort(sort, Sort.by("area.position").and("activity.position")), params),
                page, ActivityState::of);
        if (activities.items().isEmpty()) {
            Plan.requireByYear(year); // only an empty page needs to ask whether the plan exists
        }
        return activities;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "planActivity", summary = "Lägg till en aktivitet i ett verksamhetsområde")
    @APIResponse(responseCode = "201", description = "Aktiviteten lades till", content = @Content(schema = @Schema(implementation = ActivityState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra planen")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    @APIResponse(responseCode = "409", description = "Området har redan en aktivitet med samma titel")
    @APIResponse(responseCode = "422", description = "Området finns inte i årets plan, continuesActivityId är ingen aktivitet i föregående års plan, eller Idempotency-Key användes tidigare med en annan kropp")
    public Response plan(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Valfri nyckel för säkra omförsök", example = "7f3c9a2e-vp-2024-1") String idempotencyKey,
                         @PathParam("year") int year, @Valid @NotNull ActivityContent input, UriInfo uri) {
        return idempotentRequests.once(idempotencyKey, uri, input, () -> {
            Activity activity = planningActivities.plan(year, input);
            return Response.created(uri.getAbsolutePathBuilder().path(activity.id.toString()).build())
                    .tag(Preconditions.etag(activity.version)).entity(ActivityState.of(activity)).build();
        });
    }

    @GET
    @Path("{activityId}")
    @Operation(operationId = "getActivity", summary = "Hämta en aktivitet")
    @APIResponse(responseCode = "200", description = "Aktiviteten, med ETag", content = @Content(schema = @Schema(implementation = ActivityState.class)))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Ingen sådan aktivitet i årets plan")
    public Response get(@PathParam("year") int year, @PathParam("activityId") UUID activityId) {
        Activity activity = Activity.require(year, activityId);
        return Response.ok(ActivityState.of(activity)).tag(Preconditions.etag(activity.version)).build();
    }

    @PUT
    @Path("{activityId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "replaceActivity", summary = "Ersätt en aktivitet (även flytt till annat område eller plats)")
    @APIResponse(responseCode = "200", description = "Den ändrade aktiviteten, med ny ETag", content = @Content(schema = @Schema(implementation = ActivityState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra planen")
    @APIResponse(responseCode = "404", description = "Ingen sådan aktivitet i årets plan")
    @APIResponse(responseCode = "409", description = "Området har redan en aktivitet med samma titel")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "422", description = "Området finns inte i årets plan, eller continuesActivityId är ingen aktivitet i föregående års plan")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response replace(@PathParam("year") int year, @PathParam("activityId") UUID activityId,
                            @HeaderParam("If-Match") @Parameter(description = "Aktivitetens ETag", example = "\"0\"") String ifMatch,
                            @Valid @NotNull ActivityContent input) {
        Activity activity = planningActivities.replace(year, activityId, ifMatch, input);
        return Response.ok(ActivityState.of(activity)).tag(Preconditions.etag(activity.version)).build();
    }

    @PATCH
    @Path("{activityId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "patchActivity", summary = "Ändra delar av en aktivitet (JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "Den ändrade aktiviteten, med ny ETag", content = @Content(schema = @Schema(implementation = ActivityState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra planen")
    @APIResponse(responseCode = "404", description = "Ingen sådan aktivitet i årets plan")
    @APIResponse(responseCode = "409", description = "Området har redan en aktivitet med samma titel")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "422", description = "Området finns inte i årets plan, eller continuesActivityId är ingen aktivitet i föregående års plan")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response patch(@PathParam("year") int year, @PathParam("activityId") UUID activityId,
                          @HeaderParam("If-Match") @Parameter(description = "Aktivitetens ETag", example = "\"0\"") String ifMatch,
                          @Schema(implementation = ActivityContent.class) String patch) throws JsonProcessingException {
        ActivityContent input = mergePatch.apply(ActivityContent.of(Activity.require(year, activityId)), patch, ActivityContent.class);
        Activity activity = planningActivities.replace(year, activityId, ifMatch, input);
        return Response.ok(ActivityState.of(activity)).tag(Preconditions.etag(activity.version)).build();
    }

    @DELETE
    @Path("{activityId}")
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "removeActivity", summary = "Ta bort en aktivitet ur planen")
    @APIResponse(responseCode = "204", description = "Aktiviteten togs bort")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra planen")
    @APIResponse(responseCode = "404", description = "Ingen sådan aktivitet i årets plan")
    @APIResponse(responseCode = "409", description = "En aktivitet i nästa års plan fortsätter denna")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response remove(@PathParam("year") int year, @PathParam("activityId") UUID activityId,
                           @HeaderParam("If-Match") @Parameter(description = "Aktivitetens ETag", example = "\"0\"") String ifMatch) {
        planningActivities.remove(year, activityId, ifMatch);
        return Response.noContent().build();
    }
}
