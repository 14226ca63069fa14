package se.rus.reporting.readmodel;

import io.quarkus.panache.common.Sort;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Verksamhetsberättelser per år")
public class ReportYearResource {

    public record ReportYearView(int year, String planTitle, int eventsApplied) {
    }

    @GET
    @Operation(operationId = "listReportYears", summary = "År som läsmodellen känner en verksamhetsplan för")
    public Page<ReportYearView> list(@Valid @BeanParam PageRequest page) {
        return Page.of(ReportYear.findAll(Sort.descending("year")), page,
                (ReportYear y) -> new ReportYearView(y.year, y.planTitle, y.eventsApplied));
    }
}
