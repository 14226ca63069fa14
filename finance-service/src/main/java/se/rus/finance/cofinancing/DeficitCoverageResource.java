package se.rus.finance.cofinancing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.finance.year.FinancialYear;
import se.rus.platform.security.Roles;
import se.rus.platform.web.Preconditions;

import java.util.List;

@Path("/api/v1/years/{year}/deficit-coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deficit coverage", description = "Vem som täcker underskottet, i ordning")
public class DeficitCoverageResource {

    @Inject
    RecordingFunds funds;

    @Schema(name = "DeficitCoverer")
    public record CovererInput(
            @NotBlank @Size(max = 300) @Schema(example = "Länsstyrelsen Gävleborg") String coveredBy,
            @Size(max = 2000) @Schema(example = "Resterande underskott") String description) {
    }

    @Schema(name = "DeficitCoverageInput")
    public record CoverageInput(@NotNull @Size(max = 50) List<@Valid @NotNull CovererInput> coverers) {
    }

    @Schema(name = "DeficitCoverage")
    public record CoverageView(@Schema(example = "2024") int year, List<DeficitCoverage.Coverer> coverers) {
    }

    @GET
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "getDeficitCoverage", summary = "Hämta vem som täcker underskottet")
    @APIResponse(responseCode = "200", description = "Listan, med ETag (\"0\" innan den satts)", content = @Content(schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    public Response get(@PathParam("year") int year) {
        FinancialYear.require(year);
        return Response.ok(new CoverageView(year, DeficitCoverage.coverersOf(year)))
                .tag(Preconditions.etag(DeficitCoverage.versionOf(year))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "setDeficitCoverage", summary = "Ersätt listan över vem som täcker underskottet")
    @APIResponse(responseCode = "200", description = "Satt, med ny ETag", content = @Content(schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    @APIResponse(responseCode = "409", description = "Året är stängt")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response set(@PathParam("year") int year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull CoverageInput input) {
        DeficitCoverage coverage = funds.setCoverage(year, ifMatch, input.coverers().stream()
                .map(c -> new CovererContent(c.coveredBy(), c.description())).toList());
        return Response.ok(new CoverageView(year, List.copyOf(coverage.coverers)))
                .tag(Preconditions.etag(coverage.version)).build();
    }
}
