package se.rus.planning.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import se.rus.platform.security.Roles;
import se.rus.platform.web.MergePatch;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.QueryParameters;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.Sorting;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Verksamhetsplanen per år")
@RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
public class PlanResource {

    private static final Sorting<Void> PLAN_ORDER = Sorting.<Void>by().column("year", "year").column("status", "status");

    @Inject
    CreatingPlan creatingPlan;

    @Inject
    ChangingPlan changingPlan;

    @Inject
    PlanHistory history;

    @Inject
    MergePatch mergePatch;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "createPlan", summary = "Skapa verksamhetsplanen för ett år")
    @APIResponse(responseCode = "201", description = "Planen skapades", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får skapa planer")
    @APIResponse(responseCode = "409", description = "Det finns redan en plan för året")
    @APIResponse(responseCode = "422", description = "Idempotency-Key användes tidigare med en annan kropp")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Valfri nyckel för säkra omförsök", example = "7f3c9a2e-vp-2024-1") String idempotencyKey,
                           @Valid @NotNull NewPlan request, UriInfo uri) {
        return idempotentRequests.once(idempotencyKey, uri, request, () -> {
            Plan plan = creatingPlan.create(request);
            return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(plan.year)).build())
                    .tag(Preconditions.etag(plan.version))
                    .entity(PlanView.of(plan))
                    .build();
        });
    }

    @GET
    @Operation(operationId = "listPlans", summary = "Lista verksamhetsplaner, nyaste först")
    @APIResponse(responseCode = "200", description = "En sida planer")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    public Page<PlanView> list(@Valid @BeanParam PageRequest page,
                               @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"year", "-year", "status", "-status"})) String sort,
                               @QueryParam("status") @Parameter(description = "Bara planer med denna status", example = "ADOPTED", schema = @Schema(implementation = PlanStatus.class)) String statusParam) {
        PlanStatus status = QueryParameters.read("status", statusParam, PlanStatus.class);
        Sort order = PLAN_ORDER.sort(sort, Sort.descending("year"));
        return status == null
                ? Page.of(Plan.findAll(order), page, PlanView::of)
                : Page.of(Plan.find("status", order, status), page, PlanView::of);
    }

    @GET
    @Path("{year}")
    @Operation(operationId = "getPlan", summary = "Hämta verksamhetsplanen för ett år")
    @APIResponse(responseCode = "200", description = "Planen, med ETag", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    public Response get(@PathParam("year") @Parameter(example = "2024") int year) {
        Plan plan = Plan.requireByYear(year);
        return Response.ok(PlanView.of(plan)).tag(Preconditions.etag(plan.version)).build();
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "replacePlan", summary = "Ändra planens titel, vision och treårsperiod (även en antagen plan)")
    @APIResponse(responseCode = "200", description = "Den ändrade planen, med ny ETag", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response replace(@PathParam("year") int year,
                            @HeaderParam("If-Match") @Parameter(description = "Planens ETag", example = "\"3\"") String ifMatch,
                            @Valid @NotNull PlanChanges changes) {
        Plan plan = changingPlan.replace(year, ifMatch, changes);
        return Response.ok(PlanView.of(plan)).tag(Preconditions.etag(plan.version)).build();
    }

    @PATCH
    @Path("{year}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "patchPlan", summary = "Ändra delar av planen (JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "Den ändrade planen, med ny ETag", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response patch(@PathParam("year") int year,
                          @HeaderParam("If-Match") @Parameter(description = "Planens ETag", example = "\"3\"") String ifMatch,
                          @Schema(implementation = PlanChanges.class) String patch) throws JsonProcessingException {
        PlanChanges changes = mergePatch.apply(PlanChanges.of(Plan.requireByYear(year)), patch, PlanChanges.class);
        Plan plan = changingPlan.replace(year, ifMatch, changes);
        return Response.ok(PlanView.of(plan)).tag(Preconditions.etag(plan.version)).build();
    }

    @POST
    @Path("{year}/adopt")
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "adoptPlan", summary = "Anta planen (DRAFT → ADOPTED)")
    @APIResponse(responseCode = "200", description = "Den antagna planen, med ny ETag", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får anta planen")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    @APIResponse(responseCode = "409", description = "Planen är redan antagen")
    @APIResponse(responseCode = "412", description = "If-Match (valfri) matchar inte nuvarande version")
    public Response adopt(@PathParam("year") int year,
                          @HeaderParam("If-Match") @Parameter(description = "Planens ETag (valfri)", example = "\"3\"") String ifMatch) {
        Plan plan = changingPlan.adopt(year, ifMatch);
        return Response.ok(PlanView.of(plan)).tag(Preconditions.etag(plan.version)).build();
    }

    @GET
    @Path("{year}/history")
    @Operation(operationId = "listPlanHistory", summary = "Planens historik: alla händelser för året i den ordning de skedde")
    @APIResponse(responseCode = "200", description = "En sida händelser")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    public Page<PlanHistory.Entry> history(@PathParam("year") int year, @Valid @BeanParam PageRequest page,
                                           @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"time", "-time", "type", "-type"})) String sort,
                                           @QueryParam("type") @Parameter(description = "Bara händelser av denna typ",
                                                   example = "se.rus.planning.ActivityChanged.v1") String type) {
        Page<PlanHistory.Entry> entries = history.of(year, type, PlanHistory.ORDER.sort(sort, Sort.ascending("seq")), page);
        if (entries.items().isEmpty()) {
            Plan.requireByYear(year); // only an empty page needs to ask whether the plan exists
        }
        return entries;
    }
}
