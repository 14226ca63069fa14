package se.rus.followup.rau;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;

@Path("/api/v1/rau/{year}")
@Tag(name = "RÅU", description = "Regional årlig uppföljning av miljömålen")
@RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY, Roles.NATURVARDSVERKET})
public class CompilationResource {

    static final String CSV = "text/csv";

    @Inject
    CompilingRau compiling;

    @GET
    @Path("compilation/{objectiveCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRauCompilation", summary = "Målvis sammanställning: antal per bedömning och trend, länens texter i länskodsordning, län som saknas")
    @APIResponse(responseCode = "200", description = "Sammanställningen")
    @APIResponse(responseCode = "404", description = "Ingen omgång för året, eller målet ingår inte")
    public Compilation compilation(@PathParam("year") int year,
                                   @PathParam("objectiveCode") @Parameter(example = "LEVANDE_SKOGAR") String objectiveCode) {
        return compiling.compile(year, objectiveCode);
    }

    @GET
    @Path("compilation/{objectiveCode}")
    @Produces(CSV)
    @Operation(operationId = "getRauCompilationCsv", summary = "Målvis sammanställning som CSV, en rad per län (status MISSING när underlag saknas)")
    @APIResponse(responseCode = "200", description = "CSV")
    @APIResponse(responseCode = "404", description = "Ingen omgång för året, eller målet ingår inte")
    public Response compilationCsv(@PathParam("year") int year, @PathParam("objectiveCode") String objectiveCode) {
        Compilation compilation = compiling.compile(year, objectiveCode);
        return Response.ok(compilation.toCsv(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rau-" + year + "-" + compilation.objectiveCode() + ".csv\"")
                .build();
    }

    @GET
    @Path("completeness")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRauCompleteness", summary = "Län × miljömål: varje underlags status, bedömning och trend")
    @APIResponse(responseCode = "200", description = "Matrisen")
    @APIResponse(responseCode = "404", description = "Ingen omgång för året")
    public Completeness completeness(@PathParam("year") int year) {
        return compiling.completeness(year);
    }

    @GET
    @Path("completeness")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getRauCompletenessPage", summary = "Län × miljömål som HTML-sida: färg = bedömning, pil = trend, text = status")
    @APIResponse(responseCode = "200", description = "HTML-sidan")
    @APIResponse(responseCode = "404", description = "Ingen omgång för året")
    public Response completenessPage(@PathParam("year") int year) {
        return Response.ok(CompletenessPage.render(compiling.completeness(year)), MediaType.TEXT_HTML + "; charset=UTF-8")
                .build();
    }
}
