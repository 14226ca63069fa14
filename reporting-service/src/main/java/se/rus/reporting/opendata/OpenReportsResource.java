package se.rus.reporting.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.opendata.OpenResponses;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.ProblemException;
import se.rus.reporting.lifecycle.VersionRendition;
import se.rus.reporting.model.Report;
import se.rus.reporting.rendering.Rendition;
import se.rus.reporting.rendering.ReportFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open data without a token (README "Open data"): the approved reports, each version in every format, and the Atom
 * feed of approvals and re-openings. The platform's {@code se.rus.platform.opendata.OpenData} switches, limits and
 * opens the paths to every origin ({@code OpenDataOperations} documents its 404 and 429); every answer carries the
 * cache headers of {@link OpenResponses}.
 */
@Path("/api/v1/open/reports")
@PermitAll
@Tag(name = "Open data", description = "Öppna data utan token: godkända verksamhetsberättelser och Atom-flödet")
public class OpenReportsResource {

    private static final String FORMAT = "json, markdown (eller md), html eller pdf; går före Accept";

    @Inject
    ReadingOpenReports reading;

    @Inject
    ObjectMapper json;

    /** Entries per page of the Atom feed (RFC 5005). */
    @ConfigProperty(name = "rus.open-reports.feed-page-size", defaultValue = "20")
    int feedPageSize;

    @Schema(name = "OpenReportVersion")
    public record VersionView(@Schema(example = "1") int version, @Schema(example = "2025-02-05") LocalDate approvedAt,
                              @Schema(description = "Versionen i varje format") Map<String, String> links) {
    }

    @Schema(name = "OpenReportYear")
    public record YearView(@Schema(example = "2024") int year, @Schema(example = "1") int latestVersion,
                           @Schema(example = "2025-02-05") LocalDate approvedAt, List<VersionView> versions,
                           @Schema(description = "latest: den senast godkända versionen") Map<String, String> links) {
    }

    /** A page of years, the list envelope of CONVENTIONS (named, so the contract types it). */
    @Schema(name = "OpenReportYearPage")
    public record YearPage(@Schema(required = true) List<YearView> items, @Schema(required = true, example = "0") int page,
                           @Schema(required = true, example = "50") int size,
                           @Schema(required = true, example = "3") long totalItems) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOpenReports", summary = "År med en godkänd verksamhetsberättelse och deras versioner, äldst först")
    @APIResponse(responseCode = "200", description = "En sida år, med ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearPage.class)))
    @APIResponse(responseCode = "304", description = "Oförändrad sedan If-None-Match")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning")
    public Response list(@Valid @BeanParam PageRequest page, @Context UriInfo uri, @Context Request request) {
        String base = base(uri);
        List<YearView> years = reading.byYear().values().stream().map(versions -> {
            ReadingOpenReports.Version latest = versions.get(versions.size() - 1);
            Map<String, String> links = new LinkedHashMap<>();
            links.put("latest", base + "/" + latest.year());
            return new YearView(latest.year(), latest.number(), latest.approvedAt(),
                    versions.stream().map(v -> new VersionView(v.number(), v.approvedAt(),
                            ReadingOpenReports.formats(base, v.year(), v.number()))).toList(), links);
        }).toList();
        Page<YearView> onPage = Page.of(years, page);
        YearPage body = new YearPage(onPage.items(), onPage.page(), onPage.size(), onPage.totalItems());
        try {
            return OpenResponses.cached(request, json.writeValueAsBytes(body), MediaType.APPLICATION_JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the open reports cannot be written as JSON", e);
        }
    }

    @GET
    @Path("feed")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(operationId = "getOpenReportFeed", summary = "Atom-flöde (RFC 4287, sidindelat enligt RFC 5005) över godkännanden och återöppningar, nyast först")
    @APIResponse(responseCode = "200", description = "En sida av flödet, med ETag", content = @Content(mediaType = AtomFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Oförändrad sedan If-None-Match")
    @APIResponse(responseCode = "400", description = "Ogiltig sida")
    @APIResponse(responseCode = "404", description = "Sidan finns inte")
    public Response feed(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000)
                         @Parameter(description = "Sida, från 0 (den nyaste)", example = "0") int page,
                         @Context UriInfo uri, @Context Request request) {
        String base = base(uri);
        List<AtomFeed.Entry> entries = reading.feedEntries(base);
        int size = feedPageSize;
        int last = Math.max(0, (entries.size() - 1) / size);
        if (page > last) {
            throw ProblemException.notFound("Flödet har " + (last + 1) + " sidor (0–" + last + ")");
        }
        String feed = base + "/feed";
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("self", page == 0 ? feed : feed + "?page=" + page);
        pages.put("first", feed);
        if (page > 0) {
            pages.put("previous", page == 1 ? feed : feed + "?page=" + (page - 1));
        }
        if (page < last) {
            pages.put("next", feed + "?page=" + (page + 1));
        }
        pages.put("last", last == 0 ? feed : feed + "?page=" + last);
        List<AtomFeed.Entry> onPage = entries.subList(page * size, Math.min(entries.size(), (page + 1) * size));
        Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated();
        byte[] body = AtomFeed.write(feed, "RUS: godkända verksamhetsberättelser", updated, pages, onPage);
        return OpenResponses.cached(request, body, AtomFeed.MEDIA_TYPE + ";charset=UTF-8");
    }

    @GET
    @Path("{year}")
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.MARKDOWN_TYPE, MediaType.TEXT_HTML, ReportFormat.PDF_TYPE})
    @Transactional
    @Operation(operationId = "getOpenReport", summary = "Den senast godkända versionen av årets verksamhetsberättelse, i valfritt format")
    @APIResponse(responseCode = "200", description = "Den frysta versionen, ETag är innehållets hash", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = ReportFormat.MARKDOWN_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Oförändrad sedan If-None-Match")
    @APIResponse(responseCode = "400", description = "Okänt format eller ogiltigt år")
    @APIResponse(responseCode = "404", description = "Ingen godkänd version för året")
    public Response latest(@PathParam("year") @Min(2000) @Max(2100) int year,
                           @QueryParam("format") @Parameter(description = FORMAT, example = "pdf") String format,
                           @Context HttpHeaders headers, @Context Request request) {
        ReportFormat chosen = ReportFormat.negotiate(format, headers.getAcceptableMediaTypes());
        return open(request, VersionRendition.latest(year, chosen)
                .orElseThrow(() -> ProblemException.notFound("Ingen godkänd verksamhetsberättelse för " + year)));
    }

    @GET
    @Path("{year}/versions/{number}")
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.MARKDOWN_TYPE, MediaType.TEXT_HTML, ReportFormat.PDF_TYPE})
    @Transactional
    @Operation(operationId = "getOpenReportVersion", summary = "En godkänd version, i valfritt format (flödets länkar pekar hit)")
    @APIResponse(responseCode = "200", description = "Versionen, ETag är innehållets hash", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = ReportFormat.MARKDOWN_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Oförändrad sedan If-None-Match")
    @APIResponse(responseCode = "400", description = "Okänt format, ogiltigt år eller versionsnummer")
    @APIResponse(responseCode = "404", description = "Ingen sådan godkänd version")
    public Response version(@PathParam("year") @Min(2000) @Max(2100) int year, @PathParam("number") @Min(1) int number,
                            @QueryParam("format") @Parameter(description = FORMAT, example = "html") String format,
                            @Context HttpHeaders headers, @Context Request request) {
        ReportFormat chosen = ReportFormat.negotiate(format, headers.getAcceptableMediaTypes());
        return open(request, VersionRendition.of(year, number, chosen)
                .orElseThrow(() -> ProblemException.notFound("Ingen godkänd version " + number + " för " + year)));
    }

    /** The frozen rendering with the open cache headers (its ETag is of the bytes served, like every open answer's). */
    private static Response open(Request request, Rendition rendition) {
        return OpenResponses.cached(request, rendition.body(), rendition.type().toString());
    }

    private static String base(UriInfo uri) {
        return uri.getBaseUriBuilder().path("api/v1/open/reports").build().toString();
    }
}
