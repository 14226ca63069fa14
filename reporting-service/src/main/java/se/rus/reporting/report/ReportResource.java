package se.rus.reporting.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;
import se.rus.platform.web.DeprecatedFields;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.ProblemException;
import se.rus.platform.web.Sorting;
import se.rus.reporting.lifecycle.ReportVersion;
import se.rus.reporting.lifecycle.VersionView;
import se.rus.reporting.live.CachedReport;
import se.rus.reporting.live.ReadingReport;
import se.rus.reporting.model.Report;
import se.rus.reporting.rendering.ReportFormat;

@Path("/api/v1/reports/{year}")
@Tag(name = "Reports", description = "Verksamhetsberättelsen per år: JSON, Markdown, HTML eller PDF")
public class ReportResource {

    private static final Sorting<Void> VERSION_ORDER = Sorting.<Void>by().column("version", "number")
            .column("approvedAt", "approvedAt");

    private static final String FORMAT_DESCRIPTION = "json, markdown (eller md), html eller pdf; går före Accept. "
            + "Det primära sättet är Accept: application/json, text/markdown, text/html eller application/pdf";

    @Inject
    ReadingReport reading;

    @Inject
    ObjectMapper json;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.MARKDOWN_TYPE, MediaType.TEXT_HTML, ReportFormat.PDF_TYPE})
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY, Roles.NATURVARDSVERKET})
    @DeprecatedFields(since = Report.DEFICIT_FIELDS_DEPRECATED, sunset = Report.DEFICIT_FIELDS_SUNSET)
    @Operation(operationId = "getReport", summary = "Verksamhetsberättelsen för ett år: det levande utkastet, eller den godkända versionen när berättelsen är godkänd")
    @APIResponse(responseCode = "200", description = "Berättelsen i begärt format, med ETag")
    @APIResponse(responseCode = "304", description = "Oförändrad sedan If-None-Match")
    @APIResponse(responseCode = "400", description = "Okänt format")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Naturvårdsverket läser bara godkända versioner")
    @APIResponse(responseCode = "404", description = "Ingen verksamhetsplan är känd för året (och ingen version är godkänd)")
    // no transaction: one statement says whether the year is approved and which version of the live report is
    // current, and the report itself comes from the cache (ReadingReport.live opens one for an assembly)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response get(@PathParam("year") @Min(2000) @Max(2100) int year,
                        @QueryParam("format") @Parameter(description = FORMAT_DESCRIPTION, example = "pdf") String format,
                        @Context HttpHeaders headers, @Context Request request, @Context SecurityContext security) {
        ReportFormat chosen = ReportFormat.negotiate(format, headers.getAcceptableMediaTypes());
        ReadingReport.YearState state = reading.stateOf(year);
        if (state.approved()) {
            return ReportVersion.latest(year).orElseThrow().rendition(chosen).respond(request);
        }
        if (readsOnlyApproved(security)) {
            throw ProblemException.forbidden("Verksamhetsberättelsen " + year
                    + " är inte godkänd; Naturvårdsverket läser godkända versioner (/api/v1/reports/" + year + "/approved)");
        }
        CachedReport live = reading.live(year, state.version());
        if (ReadingReport.hasNoPlan(live.assembled())) {
            throw ReadingReport.noReport(year);
        }
        return live.rendition(chosen, json).respond(request);
    }

    @GET
    @Path("checks")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
    @Operation(operationId = "getReportChecks", summary = "Vad som saknas eller inte stämmer i den levande berättelsen före godkännande")
    @APIResponse(responseCode = "200", description = "Fel (blockerar godkännande) och varningar")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte läsa utkast")
    @APIResponse(responseCode = "404", description = "Ingen verksamhetsplan är känd för året (och ingen version är godkänd)")
    public ChecksView checks(@PathParam("year") @Min(2000) @Max(2100) int year) {
        CachedReport live = reading.live(year);
        if (ReadingReport.hasNoPlan(live.assembled()) && ReportVersion.latest(year).isEmpty()) {
            throw ReadingReport.noReport(year);
        }
        return ChecksView.of(year, live.checks());
    }

    @GET
    @Path("approved")
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.MARKDOWN_TYPE, MediaType.TEXT_HTML, ReportFormat.PDF_TYPE})
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY, Roles.NATURVARDSVERKET})
    @DeprecatedFields(since = Report.DEFICIT_FIELDS_DEPRECATED, sunset = Report.DEFICIT_FIELDS_SUNSET)
    @Operation(operationId = "getApprovedReport", summary = "Den senast godkända versionen (även om berättelsen öppnats igen)")
    @APIResponse(responseCode = "200", description = "Den frysta versionen, ETag är innehållets hash")
    @APIResponse(responseCode = "304", description = "Oförändrad sedan If-None-Match")
    @APIResponse(responseCode = "400", description = "Okänt format")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Ingen version är godkänd för året")
    public Response approved(@PathParam("year") @Min(2000) @Max(2100) int year,
                             @QueryParam("format") @Parameter(description = FORMAT_DESCRIPTION, example = "json") String format,
                             @Context HttpHeaders headers, @Context Request request) {
        ReportFormat chosen = ReportFormat.negotiate(format, headers.getAcceptableMediaTypes());
        return ReportVersion.latest(year)
                .orElseThrow(() -> ProblemException.notFound("Ingen godkänd verksamhetsberättelse för " + year))
                .rendition(chosen).respond(request);
    }

    @GET
    @Path("versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY, Roles.NATURVARDSVERKET})
    @Operation(operationId = "listReportVersions", summary = "Godkända versioner av årets berättelse, äldst först")
    @APIResponse(responseCode = "200", description = "En sida versioner")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    public Page<VersionView> versions(@PathParam("year") @Min(2000) @Max(2100) int year,
                                      @Valid @BeanParam PageRequest page,
                                      @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"version", "-version", "approvedAt", "-approvedAt"})) String sort) {
        return Page.of(ReportVersion.find("year", VERSION_ORDER.sort(sort, Sort.ascending("number")), year), page,
                VersionView::of);
    }

    @GET
    @Path("versions/{number}")
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.MARKDOWN_TYPE, MediaType.TEXT_HTML, ReportFormat.PDF_TYPE})
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY, Roles.NATURVARDSVERKET})
    @DeprecatedFields(since = Report.DEFICIT_FIELDS_DEPRECATED, sunset = Report.DEFICIT_FIELDS_SUNSET)
    @Operation(operationId = "getReportVersion", summary = "En godkänd version, oförändrad sedan godkännandet")
    @APIResponse(responseCode = "200", description = "Versionen i begärt format, ETag är innehållets hash")
    @APIResponse(responseCode = "304", description = "Oförändrad sedan If-None-Match")
    @APIResponse(responseCode = "400", description = "Okänt format")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Versionen finns inte")
    public Response version(@PathParam("year") @Min(2000) @Max(2100) int year,
                            @PathParam("number") @Min(1) int number,
                            @QueryParam("format") @Parameter(description = FORMAT_DESCRIPTION, example = "html") String format,
                            @Context HttpHeaders headers, @Context Request request) {
        ReportFormat chosen = ReportFormat.negotiate(format, headers.getAcceptableMediaTypes());
        return ReportVersion.of(year, number)
                .orElseThrow(() -> ProblemException.notFound("Verksamhetsberättelsen " + year + " har ingen version " + number))
                .rendition(chosen).respond(request);
    }

    /** Naturvårdsverket pulls approved versions; a token that also carries a RUS role may read drafts. */
    static boolean readsOnlyApproved(SecurityContext security) {
        return security.isUserInRole(Roles.NATURVARDSVERKET) && !security.isUserInRole(Roles.WORKING_GROUP)
                && !security.isUserInRole(Roles.STEERING) && !security.isUserInRole(Roles.COUNTY);
    }
}
