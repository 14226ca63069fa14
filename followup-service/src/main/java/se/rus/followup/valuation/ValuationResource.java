package se.rus.followup.valuation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import se.rus.followup.replica.ReplicaGoal;
import se.rus.platform.web.IdempotentRequests;
import se.rus.platform.security.Roles;
import se.rus.platform.text.TextBlock;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.Sorting;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/goal-periods/{period}/valuations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goal valuations", description = "Värdering av treårsmålen, år för år inom perioden och slutligt periodens sista år (bilaga 2)")
public class ValuationResource {

    private static final Sorting<ValuationView> VALUATION_ORDER = Sorting.<ValuationView>by()
            .key("areaName", ValuationView::areaName).key("goalPosition", ValuationView::goalPosition)
            .key("year", ValuationView::year).key("valuation", ValuationView::valuation);

    @Inject
    ValuingGoal valuing;

    @Inject
    IdempotentRequests idempotentRequests;

    @Schema(name = "NewValuation")
    public record NewValuation(
            @NotNull @Schema(example = "3b0f6a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b") UUID goalId,
            @Schema(example = "2024", nullable = true, description = "Året inom perioden som värderingen avser; utelämnat: periodens sista år") Integer year,
            @Min(1) @Max(3) @Schema(example = "1", nullable = true, description = "1 = i hög grad uppnått, 2 = i tillräcklig grad, 3 = i mindre grad; får utelämnas när previousValuation anges (historisk värdering av ett mål vars historik är äldre än systemet)") Integer valuation,
            @Min(1) @Max(3) @Schema(example = "2", nullable = true, description = "Motsvarande måls värdering föregående period") Integer previousValuation,
            @NotNull @Schema(example = "true") Boolean previousGoalExisted,
            @NotNull @Size(max = 100) List<@Valid @NotNull TextBlock> followUp) {
    }

    @Schema(name = "GoalValuation")
    public record ValuationView(UUID id, UUID goalId, int periodStart, int periodEnd,
                                @Schema(example = "2024") int year, @Schema(example = "true") boolean finalYear,
                                @Schema(example = "Miljömålsuppföljning") String areaName, Integer goalPosition,
                                @Schema(example = "Regional årlig uppföljning är ändamålsenlig och effektiv …") String goalText,
                                @Schema(example = "1", nullable = true) Integer valuation,
                                @Schema(example = "2", nullable = true) Integer previousValuation, boolean previousGoalExisted,
                                @Schema(example = "SAME") Comparison comparedWithPrevious, List<TextBlock> followUp,
                                long version) {
        static ValuationView of(GoalValuation valuation) {
            Optional<ReplicaGoal> goal = ReplicaGoal.findByIdOptional(valuation.goalId);
            return new ValuationView(valuation.id, valuation.goalId, valuation.periodStart, valuation.periodEnd,
                    valuation.year, valuation.year == valuation.periodEnd, goal.map(g -> g.areaName).orElse(null), goal.map(g -> g.position).orElse(null),
                    goal.map(g -> g.text).orElse(null), valuation.valuation, valuation.previousValuation,
                    valuation.previousGoalExisted,
                    Comparison.of(valuation.valuation, valuation.previousValuation, valuation.previousGoalExisted),
                    valuation.followUp, valuation.version);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "valueGoal", summary = "Värdera ett treårsmål för ett år i perioden, t.ex. 2022-2024 (utan år: periodens sista år, den slutliga värderingen)")
    @APIResponse(responseCode = "201", description = "Värderingen registrerades", content = @Content(schema = @Schema(implementation = ValuationView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata, året ligger utanför perioden, eller varken valuation eller previousValuation anges")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Perioden ligger utanför de år tjänsten har")
    @APIResponse(responseCode = "409", description = "Målet är redan värderat för året")
    @APIResponse(responseCode = "422", description = "Målet är okänt för tjänsten eller hör till en annan period, eller Idempotency-Key användes med en annan kropp")
    public Response value(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Valfri nyckel för säkra omförsök", example = "varde-2022-2024-1") String idempotencyKey,
                          @PathParam("period") @Parameter(example = "2022-2024") String period,
                          @Valid @NotNull NewValuation request, UriInfo uri) {
        return idempotentRequests.once(idempotencyKey, uri, request, () -> {
            GoalValuation valuation = valuing.value(GoalPeriod.parse(period), request.goalId(), request.year(),
                    new ValuationContent(request.valuation(), request.previousValuation(), request.previousGoalExisted(),
                            request.followUp()));
            return Response.created(uri.getAbsolutePathBuilder().path(valuation.id.toString()).build())
                    .tag(Preconditions.etag(valuation.version)).entity(ValuationView.of(valuation)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "listValuations", summary = "Periodens värderingar i målens ordning per verksamhetsområde, år för år")
    @APIResponse(responseCode = "200", description = "En sida värderingar")
    @APIResponse(responseCode = "400", description = "Ogiltig period, filter (t.ex. ett år utanför perioden) eller sidindelning")
    @APIResponse(responseCode = "404", description = "Perioden ligger utanför de år tjänsten har")
    public Page<ValuationView> list(@PathParam("period") @Parameter(example = "2022-2024") String period,
                                    @QueryParam("areaName") @Parameter(example = "Miljömålsuppföljning") String areaName,
                                    @QueryParam("valuation") @Parameter(example = "2") Integer valuation,
                                    @QueryParam("year") @Parameter(description = "Bara värderingar för detta år i perioden", example = "2024") Integer year,
                                    @Valid @BeanParam PageRequest page,
                                    @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"areaName", "-areaName", "goalPosition", "-goalPosition", "year", "-year", "valuation", "-valuation"})) String sort) {
        GoalPeriod goalPeriod = GoalPeriod.parse(period);
        if (year != null) {
            ValuingGoal.yearWithin(goalPeriod, year);
        }
        // the period's goals in one statement: each valuation's view then finds its goal in the session
        ReplicaGoal.list("periodStart = ?1 and periodEnd = ?2", goalPeriod.start(), goalPeriod.end());
        List<ValuationView> all = GoalValuation.<GoalValuation>list("periodStart = ?1 and periodEnd = ?2",
                        goalPeriod.start(), goalPeriod.end()).stream()
                .map(ValuationView::of)
                .filter(v -> areaName == null || areaName.equals(v.areaName()))
                .filter(v -> valuation == null || valuation.equals(v.valuation()))
                .filter(v -> year == null || year == v.year())
                .sorted(Comparator.comparing(ValuationView::areaName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ValuationView::goalPosition, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ValuationView::year)
                        .thenComparing(v -> v.id().toString()))
                .toList();
        return Page.of(VALUATION_ORDER.sorted(all, sort), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "getValuation", summary = "Hämta en värdering")
    @APIResponse(responseCode = "200", description = "Värderingen, med ETag", content = @Content(schema = @Schema(implementation = ValuationView.class)))
    @APIResponse(responseCode = "404", description = "Ingen sådan värdering för perioden")
    public Response get(@PathParam("period") String period, @PathParam("id") UUID id) {
        GoalValuation valuation = ValuingGoal.existing(GoalPeriod.parse(period), id);
        return Response.ok(ValuationView.of(valuation)).tag(Preconditions.etag(valuation.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "replaceValuation", summary = "Ändra en värdering (If-Match krävs; året den avser ändras inte)")
    @APIResponse(responseCode = "200", description = "Värderingen, med ny ETag", content = @Content(schema = @Schema(implementation = ValuationView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata, eller varken valuation eller previousValuation anges")
    @APIResponse(responseCode = "404", description = "Ingen sådan värdering")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response replace(@PathParam("period") String period, @PathParam("id") UUID id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ValuationContent content) {
        GoalValuation valuation = valuing.revalue(GoalPeriod.parse(period), id, ifMatch, content);
        return Response.ok(ValuationView.of(valuation)).tag(Preconditions.etag(valuation.version)).build();
    }
}
