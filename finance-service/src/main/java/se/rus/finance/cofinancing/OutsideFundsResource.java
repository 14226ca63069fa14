package se.rus.finance.cofinancing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.finance.cofinancing.FundsInput.FundsView;
import se.rus.finance.cofinancing.FundsInput.NewFunds;
import se.rus.finance.year.FinancialYear;
import se.rus.platform.web.IdempotentRequests;
import se.rus.platform.security.Roles;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.Sorting;

import java.util.List;

@Path("/api/v1/years/{year}/outside-funds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outside funds", description = "Medel som hålls utanför redovisningen; visas i en not, aldrig i summorna")
public class OutsideFundsResource {

    @Inject
    IdempotentRequests idempotent;

    @Inject
    RecordingFunds funds;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "noteOutsideFunds", summary = "Notera medel som hålls utanför redovisningen")
    @APIResponse(responseCode = "201", description = "Noterade", content = @Content(schema = @Schema(implementation = FundsView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    @APIResponse(responseCode = "409", description = "Året är stängt eller källan redan noterad")
    @APIResponse(responseCode = "422", description = "Idempotency-Key användes redan med en annan begäran")
    public Response note(@PathParam("year") int year, @Valid @NotNull NewFunds input,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotent.once(idempotencyKey, uri, input, () -> {
            OutsideFunds noted = funds.noteOutsideFunds(year, input.funds());
            return Response.created(uri.getAbsolutePathBuilder().path(noted.id.toString()).build())
                    .tag(Preconditions.etag(1)).entity(FundsView.of(noted)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "listOutsideFunds", summary = "Lista medel utanför redovisningen")
    @APIResponse(responseCode = "200", description = "En sida")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    public Page<FundsView> list(@PathParam("year") int year, @Valid @BeanParam PageRequest page,
                                @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"source", "-source", "amount", "-amount"})) String sort) {
        List<FundsView> all = OutsideFunds.ofYear(year).stream().map(FundsView::of).toList();
        if (all.isEmpty()) {
            FinancialYear.require(year); // only an empty list needs to ask whether the year exists
        }
        return Page.of(FundsView.ORDER.sorted(all, sort), page);
    }
}
