package se.rus.reporting.draft;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;
import se.rus.reporting.model.ReportDraft;

@Path("/api/v1/reports/{year}/draft")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Report drafts", description = "Verksamhetsberättelsens egna texter: titel, godkännandemening, inledning, huvudsaklig verksamhet")
public class DraftResource {

    @Inject
    EditingDraft editing;

    @GET
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
    @Operation(operationId = "getReportDraft", summary = "Hämta verksamhetsberättelsens redaktionella texter för ett år")
    @APIResponse(responseCode = "200", description = "Texterna, med ETag", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte läsa utkast")
    @APIResponse(responseCode = "404", description = "Inga texter skrivna för året")
    public Response get(@PathParam("year") @Min(2000) @Max(2100) int year) {
        ReportDraft draft = ReportDraft.<ReportDraft>findByIdOptional(year)
                .orElseThrow(() -> ProblemException.notFound("Inga texter för verksamhetsberättelsen " + year));
        return Response.ok(DraftView.of(draft)).tag(Preconditions.etag(draft.version)).build();
    }

    @PUT
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "putReportDraft", summary = "Skriv verksamhetsberättelsens redaktionella texter (If-Match krävs när de redan finns)")
    @APIResponse(responseCode = "200", description = "Texterna ersattes", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "201", description = "Texterna skapades", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata, fältet namnges i errors[]")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Bara arbetsgruppen skriver texterna")
    @APIResponse(responseCode = "409", description = "Berättelsen är godkänd och måste öppnas igen först")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response put(@PathParam("year") @Min(2000) @Max(2100) int year, @Valid @NotNull DraftContent request,
                        @HeaderParam("If-Match") String ifMatch, UriInfo uri) {
        EditingDraft.Result result = editing.replace(year, request, ifMatch);
        Response.ResponseBuilder response = result.created()
                ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.entity(DraftView.of(result.draft())).tag(Preconditions.etag(result.draft().version)).build();
    }
}
