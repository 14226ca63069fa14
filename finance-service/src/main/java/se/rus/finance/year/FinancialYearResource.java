package se.rus.finance.year;

import com.fasterxml.jackson.annotation.JsonFormat;
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
import jakarta.ws.rs.core.HttpHeaders;
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
import se.rus.platform.web.IdempotentRequests;
import se.rus.platform.security.Roles;
import se.rus.platform.web.MergePatch;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.Sorting;

import java.math.BigDecimal;
import java.util.UUID;

@Path("/api/v1/years")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Financial years", description = "Räkenskapsår, anslag och nyckelfördelade medel")
public class FinancialYearResource {

    private static final Sorting<Void> YEAR_ORDER = Sorting.<Void>by().column("year", "year").column("status", "status");

    @Inject
    IdempotentRequests idempotent;

    @Inject
    OpeningYear openingYear;

    @Inject
    ChangingYear changingYear;

    @Inject
    MergePatch mergePatch;

    @Schema(name = "FinancialYear")
    public record YearView(UUID id, @Schema(example = "2024") int year,
                           @Schema(example = "Anslag 1:2 Miljöövervakning") String appropriationName,
                           @JsonFormat(shape = JsonFormat.Shape.STRING)
                           @Schema(type = SchemaType.STRING, example = "6000000.00")
                           BigDecimal appropriation,
                           @JsonFormat(shape = JsonFormat.Shape.STRING)
                           @Schema(type = SchemaType.STRING, example = "1500000.00")
                           BigDecimal keyDistributed,
                           YearStatus status) {
        public static YearView of(FinancialYear year) {
            return new YearView(year.id, year.year, year.appropriationName, year.appropriation.setScale(2),
                    year.keyDistributed.setScale(2), year.status);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "openFinancialYear", summary = "Öppna ett räkenskapsår")
    @APIResponse(responseCode = "201", description = "Året öppnades", content = @Content(schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "409", description = "Året finns redan")
    @APIResponse(responseCode = "422",
            description = "Nyckelfördelade medel överstiger anslaget, eller Idempotency-Key användes med en annan begäran")
    public Response open(@Valid @NotNull NewYear request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotent.once(idempotencyKey, uri, request, () -> {
            FinancialYear year = openingYear.open(request);
            return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(year.year)).build())
                    .tag(Preconditions.etag(year.version))
                    .entity(YearView.of(year))
                    .build();
        });
    }

    @GET
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "listFinancialYears", summary = "Lista räkenskapsår, nyaste först")
    @APIResponse(responseCode = "200", description = "En sida räkenskapsår")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    public Page<YearView> list(@Valid @BeanParam PageRequest page,
                               @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"year", "-year", "status", "-status"})) String sort) {
        return Page.of(FinancialYear.findAll(YEAR_ORDER.sort(sort, Sort.descending("year"))), page, YearView::of);
    }

    @GET
    @Path("{year}")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "getFinancialYear", summary = "Hämta ett räkenskapsår")
    @APIResponse(responseCode = "200", description = "Året, med ETag", content = @Content(schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    public Response get(@PathParam("year") int year) {
        FinancialYear found = FinancialYear.require(year);
        return Response.ok(YearView.of(found)).tag(Preconditions.etag(found.version)).build();
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "replaceFinancialYear", summary = "Ersätt årets finansiering")
    @APIResponse(responseCode = "200", description = "Ändrat, med ny ETag", content = @Content(schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    @APIResponse(responseCode = "409", description = "Året är stängt")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "422", description = "Nyckelfördelade medel överstiger anslaget")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response replace(@PathParam("year") int year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull YearContent change) {
        return respond(changingYear.change(year, ifMatch, change));
    }

    @PATCH
    @Path("{year}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "patchFinancialYear", summary = "Ändra delar av årets finansiering (JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "Ändrat, med ny ETag", content = @Content(schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    @APIResponse(responseCode = "409", description = "Året är stängt")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "422", description = "Nyckelfördelade medel överstiger anslaget")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response patch(@PathParam("year") int year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Schema(implementation = YearContent.class) String patch) throws JsonProcessingException {
        FinancialYear current = FinancialYear.require(year);
        YearContent merged = mergePatch.apply(new YearContent(current.appropriationName, current.appropriation,
                current.keyDistributed), patch, YearContent.class);
        return respond(changingYear.change(year, ifMatch, merged));
    }

    @POST
    @Path("{year}/close")
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "closeFinancialYear",
            summary = "Stäng räkenskapsåret; därefter tas inga nya poster, verifikationer eller medfinansiering emot")
    @APIResponse(responseCode = "200", description = "Året är stängt (CLOSED)", content = @Content(schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    @APIResponse(responseCode = "409", description = "Året är redan stängt")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response close(@PathParam("year") int year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(changingYear.close(year, ifMatch));
    }

    private static Response respond(FinancialYear year) {
        return Response.ok(YearView.of(year)).tag(Preconditions.etag(year.version)).build();
    }
}
