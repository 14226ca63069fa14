package se.rus.finance.year;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

import java.math.BigDecimal;
import java.util.UUID;

@Path("/api/v1/years")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Financial years", description = "Räkenskapsår och anslag")
public class FinancialYearResource {

    @Inject
    OpeningYear openingYear;

    @Schema(name = "NewFinancialYear")
    public record NewYear(
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2024") Integer year,
            @NotBlank @Schema(example = "Anslag 1:2 Miljöövervakning") String appropriationName,
            @NotNull @DecimalMin(value = "0.00", message = "must be ≥ 0")
            @Digits(integer = 13, fraction = 2, message = "must have at most two decimals")
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "6000000.00")
            BigDecimal appropriation) {
    }

    @Schema(name = "FinancialYear")
    public record YearView(UUID id, int year, String appropriationName,
                           @JsonFormat(shape = JsonFormat.Shape.STRING)
                           @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "6000000.00")
                           BigDecimal appropriation,
                           YearStatus status) {
        static YearView of(FinancialYear year) {
            return new YearView(year.id, year.year, year.appropriationName, year.appropriation.setScale(2), year.status);
        }
    }

    @POST
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "openFinancialYear", summary = "Öppna ett räkenskapsår")
    @APIResponse(responseCode = "201", description = "Året öppnades")
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "409", description = "Året finns redan")
    public Response open(@Valid @NotNull NewYear request, UriInfo uri) {
        FinancialYear year = openingYear.open(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(year.year)).build())
                .tag(Preconditions.etag(year.version))
                .entity(YearView.of(year))
                .build();
    }

    @GET
    @Operation(operationId = "listFinancialYears", summary = "Lista räkenskapsår, nyaste först")
    public Page<YearView> list(@Valid @BeanParam PageRequest page) {
        return Page.of(FinancialYear.findAll(Sort.descending("year")), page, YearView::of);
    }

    @GET
    @Path("{year}")
    @Operation(operationId = "getFinancialYear", summary = "Hämta ett räkenskapsår")
    @APIResponse(responseCode = "200", description = "Året, med ETag")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    public Response get(@PathParam("year") int year) {
        FinancialYear found = FinancialYear.findByYear(year)
                .orElseThrow(() -> ProblemException.notFound("No financial year " + year));
        return Response.ok(YearView.of(found)).tag(Preconditions.etag(found.version)).build();
    }
}
