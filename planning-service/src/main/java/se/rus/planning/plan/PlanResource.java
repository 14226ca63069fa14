package se.rus.planning.plan;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

import java.util.UUID;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Verksamhetsplanen per år")
public class PlanResource {

    @Inject
    CreatingPlan creatingPlan;

    @Schema(name = "NewPlan")
    public record NewPlan(
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2024") Integer year,
            @NotBlank @Size(max = 300) @Schema(example = "RUS verksamhetsplan 2024") String title,
            @Size(max = 2000) @Schema(example = "Miljömålen är uppnådda genom samverkan och effektiva insatser som förverkligar Agenda 2030.") String vision,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2022") Integer periodStart,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2024") Integer periodEnd) {
    }

    @Schema(name = "Plan")
    public record PlanView(UUID id, int year, String title, String vision, int periodStart, int periodEnd,
                           PlanStatus status) {
        static PlanView of(Plan plan) {
            return new PlanView(plan.id, plan.year, plan.title, plan.vision, plan.periodStart, plan.periodEnd,
                    plan.status);
        }
    }

    @POST
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "createPlan", summary = "Skapa verksamhetsplanen för ett år")
    @APIResponse(responseCode = "201", description = "Planen skapades")
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "409", description = "Det finns redan en plan för året")
    public Response create(@Valid @NotNull NewPlan request, UriInfo uri) {
        Plan plan = creatingPlan.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(plan.year)).build())
                .tag(Preconditions.etag(plan.version))
                .entity(PlanView.of(plan))
                .build();
    }

    @GET
    @Operation(operationId = "listPlans", summary = "Lista verksamhetsplaner, nyaste först")
    public Page<PlanView> list(@Valid @BeanParam PageRequest page) {
        return Page.of(Plan.findAll(Sort.descending("year")), page, PlanView::of);
    }

    @GET
    @Path("{year}")
    @Operation(operationId = "getPlan", summary = "Hämta verksamhetsplanen för ett år")
    @APIResponse(responseCode = "200", description = "Planen, med ETag")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    public Response get(@PathParam("year") int year) {
        Plan plan = Plan.findByYear(year)
                .orElseThrow(() -> ProblemException.notFound("No plan for " + year));
        return Response.ok(PlanView.of(plan)).tag(Preconditions.etag(plan.version)).build();
    }
}
