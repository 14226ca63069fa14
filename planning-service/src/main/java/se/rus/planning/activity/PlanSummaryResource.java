package se.rus.planning.activity;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.planning.area.Area;
import se.rus.planning.plan.Plan;
import se.rus.planning.plan.PlanStatus;
import se.rus.platform.security.Roles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/api/v1/plans/{year}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Verksamhetsplanen per år")
@RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
public class PlanSummaryResource {

    @Schema(name = "PlanSummary", description = "Planerade arbetsgruppsdagar per område och totalt, alltid beräknade från aktiviteterna")
    public record PlanSummary(@Schema(example = "2024") int year,
                              UUID planId,
                              @Schema(example = "ADOPTED") PlanStatus status,
                              List<PlannedDays.AreaTotal> areas,
                              @Schema(example = "27") int activityCount,
                              @Schema(example = "15") int prioritisedCount,
                              @Schema(example = "795") BigDecimal plannedDays,
                              @Schema(example = "18") BigDecimal extraDays) {
    }

    @GET
    @Operation(operationId = "getPlanSummary", summary = "Planerade dagar per område och för hela planen")
    @APIResponse(responseCode = "200", description = "Summeringen")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    public PlanSummary summary(@PathParam("year") @Parameter(example = "2024") int year) {
        Plan plan = Plan.requireByYear(year);
        // the plan's activities in one statement, not one per area
        Map<UUID, List<Activity>> activities = Activity.<Activity>list("area.plan", Sort.by("position"), plan).stream()
                .collect(Collectors.groupingBy(a -> a.area.id));
        List<PlannedDays.AreaInput> areas = Area.ofPlan(plan).stream()
                .map(area -> new PlannedDays.AreaInput(area.id, area.name, area.position, area.resourceNote,
                        activities.getOrDefault(area.id, List.of()).stream()
                                .map(a -> new PlannedDays.ActivityDays(a.plannedDays, a.extraDays, a.prioritised))
                                .toList()))
                .toList();
        PlannedDays.Totals totals = PlannedDays.of(areas);
        return new PlanSummary(plan.year, plan.id, plan.status, totals.areas(), totals.activityCount(),
                totals.prioritisedCount(), totals.plannedDays(), totals.extraDays());
    }
}
