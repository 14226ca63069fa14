package se.rus.followup.outcome;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.days.Days;
import se.rus.followup.replica.ReplicaActivity;
import se.rus.followup.replica.ReplicaArea;
import se.rus.platform.web.IdempotentRequests;
import se.rus.platform.security.Roles;
import se.rus.platform.text.TextBlock;
import se.rus.platform.web.MergePatch;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.QueryParameters;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;
import se.rus.platform.web.Sorting;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

@Path("/api/v1/followups/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes", description = "Uppföljning av verksamhetsplanens aktiviteter och verksamhetsområden")
public class OutcomeResource {

    private static final Sorting<ActivityView> ACTIVITY_ORDER = Sorting.<ActivityView>by()
            .key("areaName", ActivityView::areaName).key("position", ActivityView::position)
            .key("title", ActivityView::title).key("plannedDays", ActivityView::plannedDays)
            .key("outcomeStatus", ActivityView::outcomeStatus);
    private static final Sorting<OutcomeView> OUTCOME_ORDER = Sorting.<OutcomeView>by()
            .key("areaName", OutcomeView::areaName).key("activityPosition", OutcomeView::activityPosition)
            .key("activityTitle", OutcomeView::activityTitle).key("status", OutcomeView::status)
            .key("daysSpent", OutcomeView::daysSpent);
    private static final Sorting<Void> AREA_ORDER = Sorting.<Void>by().column("position", "position").column("name", "name");

    @Inject
    RecordingOutcome recording;

    @Inject
    NotingAreaFollowUp noting;

    @Inject
    IdempotentRequests idempotentRequests;

    @Schema(name = "NewOutcome")
    public record NewOutcome(
            @NotNull @Schema(example = "7f1d3c52-8a0e-4d7e-9b1a-2f6c1d9e4a10") UUID activityId,
            @NotNull @Schema(example = "DONE_AS_PLANNED") OutcomeStatus status,
            @NotNull @Size(max = 100) List<@Valid @NotNull TextBlock> narrative,
            @DecimalMin(value = "0", message = "får inte vara negativt") @Digits(integer = 7, fraction = 2)
            @Schema(example = "119") BigDecimal daysSpent) {
    }

    @Schema(name = "Outcome")
    public record OutcomeView(UUID id, int year, UUID activityId,
                              @Schema(example = "Indikatorutveckling") String activityTitle,
                              UUID areaId, @Schema(example = "Miljömålsuppföljning") String areaName,
                              @Schema(example = "3") Integer activityPosition, OutcomeStatus status, List<TextBlock> narrative,
                              @Schema(example = "12.5") BigDecimal daysSpent, long version) {
        static OutcomeView of(ActivityOutcome outcome) {
            Optional<ReplicaActivity> activity = ReplicaActivity.findByIdOptional(outcome.activityId);
            return new OutcomeView(outcome.id, outcome.year, outcome.activityId,
                    activity.map(a -> a.title).orElse(null), activity.map(a -> a.areaId).orElse(null),
                    activity.map(a -> a.areaName).orElse(null), activity.map(a -> a.position).orElse(null),
                    outcome.status, outcome.narrative,
                    Days.normalise(outcome.daysSpent), outcome.version);
        }
    }

    @Schema(name = "PlannedActivity", description = "En aktivitet som uppföljningstjänsten känner från planeringshändelser, med ev. utfall")
    public record ActivityView(UUID id, int year, UUID areaId, @Schema(example = "Miljömålsuppföljning") String areaName,
                               Integer position, @Schema(example = "Indikatorutveckling") String title,
                               @Schema(example = "20") BigDecimal plannedDays, boolean prioritised,
                               UUID outcomeId, OutcomeStatus outcomeStatus) {
        static ActivityView of(ReplicaActivity activity, Optional<ActivityOutcome> outcome) {
            return new ActivityView(activity.id, activity.year, activity.areaId, activity.areaName, activity.position,
                    activity.title, Days.normalise(activity.plannedDays), activity.prioritised,
                    outcome.map(o -> o.id).orElse(null), outcome.map(o -> o.status).orElse(null));
        }
    }

    @Schema(name = "AreaFollowUpNote")
    public record AreaNote(@NotNull @Size(max = 100) List<@Valid @NotNull TextBlock> note) {
    }

    @Schema(name = "AreaFollowUp")
    public record AreaFollowUpView(int year, UUID areaId, @Schema(example = "Miljömålsuppföljning") String areaName,
                                   List<TextBlock> note, long version) {
    }

    @GET
    @Path("activities")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "listPlannedActivities", summary = "Årets planerade aktiviteter som tjänsten känner, med utfallets status")
    @APIResponse(responseCode = "200", description = "En sida aktiviteter")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning eller filter")
    public Page<ActivityView> activities(@PathParam("year") int year,
                                         @QueryParam("areaId") @Parameter(description = "Bara detta verksamhetsområde") UUID areaId,
                                         @Valid @BeanParam PageRequest page,
                                         @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"areaName", "-areaName", "position", "-position", "title", "-title", "plannedDays", "-plannedDays", "outcomeStatus", "-outcomeStatus"})) String sort) {
        List<ReplicaActivity> activities = areaId == null
                ? ReplicaActivity.list("year = ?1 and removed = false", year)
                : ReplicaActivity.list("year = ?1 and areaId = ?2 and removed = false", year, areaId);
        // the year's outcomes in one statement, not one per activity
        Map<UUID, ActivityOutcome> outcomes = new HashMap<>();
        ActivityOutcome.<ActivityOutcome>list("year", year).forEach(o -> outcomes.put(o.activityId, o));
        return Page.of(ACTIVITY_ORDER.sorted(activities.stream()
                .map(a -> ActivityView.of(a, Optional.ofNullable(outcomes.get(a.id))))
                .sorted(inPlanOrder(year, ActivityView::areaId, ActivityView::position, ActivityView::id)).toList(), sort), page);
    }

    @POST
    @Path("outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "recordOutcome", summary = "Registrera utfallet för en planerad aktivitet")
    @APIResponse(responseCode = "201", description = "Utfallet registrerades", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "409", description = "Aktiviteten har redan ett utfall")
    @APIResponse(responseCode = "422", description = "Aktiviteten är okänd för tjänsten eller hör till ett annat år, eller Idempotency-Key användes med en annan kropp")
    public Response record(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Valfri nyckel för säkra omförsök", example = "utfall-2024-indikatorutveckling") String idempotencyKey,
                           @PathParam("year") int year, @Valid @NotNull NewOutcome request, UriInfo uri) {
        return idempotentRequests.once(idempotencyKey, uri, request, () -> {
            ActivityOutcome outcome = recording.record(year, request.activityId(),
                    new OutcomeContent(request.status(), request.narrative(), request.daysSpent()));
            return Response.created(uri.getAbsolutePathBuilder().path(outcome.id.toString()).build())
                    .tag(Preconditions.etag(outcome.version)).entity(OutcomeView.of(outcome)).build();
        });
    }

    @GET
    @Path("outcomes")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "listOutcomes", summary = "Lista årets utfall i planens ordning, filtrerbart på status och verksamhetsområde")
    @APIResponse(responseCode = "200", description = "En sida utfall")
    @APIResponse(responseCode = "400", description = "Ogiltigt filter eller sidindelning")
    public Page<OutcomeView> list(@PathParam("year") int year,
                                  @QueryParam("status") @Parameter(description = "Bara utfall med denna status", example = "PARTLY_DONE", schema = @Schema(implementation = OutcomeStatus.class)) String status,
                                  @QueryParam("areaId") @Parameter(description = "Verksamhetsområdets id") UUID areaId,
                                  @Valid @BeanParam PageRequest page,
                                  @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"areaName", "-areaName", "activityPosition", "-activityPosition", "activityTitle", "-activityTitle", "status", "-status", "daysSpent", "-daysSpent"})) String sort) {
        StringBuilder query = new StringBuilder("year = :year");
        Parameters parameters = Parameters.with("year", year);
        if (status != null && !status.isBlank()) {
            query.append(" and status = :status");
            parameters.and("status", QueryParameters.read("status", status, OutcomeStatus.class));
        }
        if (areaId != null) {
            query.append(" and activityId in (select a.id from ReplicaActivity a where a.areaId = :areaId)");
            parameters.and("areaId", areaId);
        }
        // the year's activities in one statement: each outcome's view then finds its activity in the session
        ReplicaActivity.list("year", year);
        return Page.of(OUTCOME_ORDER.sorted(ActivityOutcome.<ActivityOutcome>list(query.toString(), parameters).stream()
                .map(OutcomeView::of)
                .sorted(inPlanOrder(year, OutcomeView::areaId, OutcomeView::activityPosition, OutcomeView::id))
                .toList(), sort), page);
    }

    @GET
    @Path("outcomes/{id}")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "getOutcome", summary = "Hämta ett utfall")
    @APIResponse(responseCode = "200", description = "Utfallet, med ETag", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "404", description = "Inget sådant utfall för året")
    public Response get(@PathParam("year") int year, @PathParam("id") UUID id) {
        ActivityOutcome outcome = RecordingOutcome.existing(year, id);
        return Response.ok(OutcomeView.of(outcome)).tag(Preconditions.etag(outcome.version)).build();
    }

    @PUT
    @Path("outcomes/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "replaceOutcome", summary = "Ersätt ett utfall (If-Match krävs)")
    @APIResponse(responseCode = "200", description = "Utfallet, med ny ETag", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "404", description = "Inget sådant utfall")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response replace(@PathParam("year") int year, @PathParam("id") UUID id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OutcomeContent content) {
        ActivityOutcome outcome = recording.replace(year, id, ifMatch, content);
        return Response.ok(OutcomeView.of(outcome)).tag(Preconditions.etag(outcome.version)).build();
    }

    @PATCH
    @Path("outcomes/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "patchOutcome", summary = "Ändra delar av ett utfall med JSON Merge Patch (If-Match krävs)")
    @APIResponse(responseCode = "200", description = "Utfallet, med ny ETag", content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "404", description = "Inget sådant utfall")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response patch(@PathParam("year") int year, @PathParam("id") UUID id,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Schema(example = "{\"status\":\"DONE_AS_PLANNED\",\"daysSpent\":14}") String mergePatch) throws IOException {
        ActivityOutcome outcome = recording.patch(year, id, ifMatch, mergePatch);
        return Response.ok(OutcomeView.of(outcome)).tag(Preconditions.etag(outcome.version)).build();
    }

    @Schema(name = "AreaWithFollowUp")
    public record AreaView(UUID areaId, int year, Integer position, @Schema(example = "Miljömålsuppföljning") String name,
                           @Schema(example = "I verksamhetsplanen 2024 tidsattes denna till 247 arbetsdagar.") String plannedResourceNote,
                           List<TextBlock> followUpNote) {
    }

    @GET
    @Path("areas")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "listAreaFollowUps", summary = "Årets verksamhetsområden med planens resursnotering och uppföljningens")
    @APIResponse(responseCode = "200", description = "En sida verksamhetsområden i planens ordning")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning")
    public Page<AreaView> areas(@PathParam("year") int year, @Valid @BeanParam PageRequest page,
                                @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"position", "-position", "name", "-name"})) String sort) {
        // the year's follow-up notes in one statement, not one per area
        Map<UUID, List<TextBlock>> notes = new HashMap<>();
        AreaFollowUp.<AreaFollowUp>list("year", year).forEach(f -> notes.put(f.areaId, f.note));
        return Page.of(ReplicaArea.find("year = ?1 and removed = false",
                        AREA_ORDER.sort(sort, Sort.by("position").and("name")), year), page,
                (ReplicaArea area) -> new AreaView(area.id, area.year, area.position, area.name, area.resourceNote,
                        notes.get(area.id)));
    }

    @GET
    @Path("areas/{areaId}/follow-up")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "getAreaFollowUp", summary = "Hämta verksamhetsområdets resursuppföljning")
    @APIResponse(responseCode = "200", description = "Noteringen, med ETag", content = @Content(schema = @Schema(implementation = AreaFollowUpView.class)))
    @APIResponse(responseCode = "404", description = "Ingen notering för området")
    public Response areaFollowUp(@PathParam("year") int year, @PathParam("areaId") UUID areaId) {
        AreaFollowUp followUp = AreaFollowUp.findByArea(areaId).filter(f -> f.year == year)
                .orElseThrow(() -> ProblemException.notFound("Ingen resursuppföljning för området " + areaId + " " + year));
        String areaName = ReplicaArea.<ReplicaArea>findByIdOptional(areaId)
                .map(a -> a.name).orElse(null);
        return Response.ok(new AreaFollowUpView(year, areaId, areaName, followUp.note, followUp.version))
                .tag(Preconditions.etag(followUp.version)).build();
    }

    @PUT
    @Path("areas/{areaId}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "noteAreaFollowUp", summary = "Skriv verksamhetsområdets resursuppföljning (If-Match krävs när den redan finns)")
    @APIResponse(responseCode = "200", description = "Noteringen ersattes", content = @Content(schema = @Schema(implementation = AreaFollowUpView.class)))
    @APIResponse(responseCode = "201", description = "Noteringen skapades", content = @Content(schema = @Schema(implementation = AreaFollowUpView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "422", description = "Området är okänt för tjänsten")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response noteAreaFollowUp(@PathParam("year") int year, @PathParam("areaId") UUID areaId,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AreaNote request,
                                     UriInfo uri) {
        NotingAreaFollowUp.Noted noted = noting.note(year, areaId, ifMatch, request.note());
        AreaFollowUpView view = new AreaFollowUpView(year, areaId, noted.area().name, noted.followUp().note,
                noted.followUp().version);
        Response.ResponseBuilder response = noted.created()
                ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.tag(Preconditions.etag(noted.followUp().version)).entity(view).build();
    }

    /** The plan's order, area by area, as in Bilaga 1; sorted in memory since a year has a few dozen activities. */
    private static <T> Comparator<T> inPlanOrder(int year, Function<T, UUID> areaId, Function<T, Integer> position,
                                                 Function<T, UUID> id) {
        Map<UUID, Integer> areaPositions = new HashMap<>();
        ReplicaArea.<ReplicaArea>list("year", year).forEach(a -> areaPositions.put(a.id, a.position));
        Comparator<Integer> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        return Comparator.comparing((T item) -> areaPositions.get(areaId.apply(item)), nullsLast)
                .thenComparing(position, nullsLast)
                .thenComparing(item -> id.apply(item).toString());
    }

}
