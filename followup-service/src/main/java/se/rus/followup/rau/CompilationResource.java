package se.rus.followup.rau;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.csv.CsvDialect;
import se.rus.platform.csv.CsvWriter;
import se.rus.platform.security.Roles;
import se.rus.platform.web.Problem;

import java.util.List;
import java.util.Map;

/** One operation per view, with the representation chosen by Accept (JSON unless CSV or HTML is preferred). */
@Path("/api/v1/rau/{year}")
@Tag(name = "RÅU", description = "Regional årlig uppföljning av miljömålen")
@RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY, Roles.NATURVARDSVERKET})
public class CompilationResource {

    static final String CSV = CsvWriter.MEDIA_TYPE;

    @Inject
    CompilingRau compiling;

    @GET
    @Path("compilation/{objectiveCode}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getRauCompilation", summary = "Målvis sammanställning: antal per bedömning och trend, länens texter i länskodsordning, län som saknas (JSON eller CSV)")
    @APIResponse(responseCode = "200", description = "Sammanställningen; som CSV en rad per län, status MISSING när underlag saknas",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Compilation.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Okänd CSV-dialekt", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Ingen omgång för året, eller målet ingår inte",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response compilation(@PathParam("year") int year,
                                @PathParam("objectiveCode") @Parameter(example = "LEVANDE_SKOGAR") String objectiveCode,
                                @QueryParam(CsvDialect.PARAMETER) @Parameter(description = "CSV-dialekt, förval excel-sv (README, \"CSV\")",
                                        schema = @Schema(type = SchemaType.STRING, enumeration = {"excel-sv", "rfc4180"})) String dialect,
                                @Context HttpHeaders headers) {
        CsvDialect csvDialect = CsvDialect.of(dialect, CsvDialect.EXCEL_SV);
        Compilation compilation = compiling.compile(year, objectiveCode);
        if (prefers(headers, MediaType.valueOf(CSV))) {
            return Response.ok(compilation.toCsv(csvDialect), CsvWriter.CONTENT_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"rau-" + year + "-" + compilation.objectiveCode() + ".csv\"")
                    .build();
        }
        return Response.ok(compilation, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Schema(name = "RauCompilationSummary")
    public record CompilationSummary(@Schema(example = "FRISK_LUFT") String objectiveCode,
                                     @Schema(example = "Frisk luft") String objectiveName,
                                     int expectedCounties, int reportedCounties,
                                     Map<Assessment, Integer> assessmentCounts, Map<Trend, Integer> trendCounts,
                                     @Schema(example = "[\"25\"]") List<String> missingCountyCodes,
                                     @Schema(example = "[\"21\"]", description = "Län vars underlag skickades in efter sista dag") List<String> lateCountyCodes,
                                     @Schema(example = "[]", description = "Län vars inskickade underlag ligger utanför omgången (länet eller målet togs bort)") List<String> outsideRoundCountyCodes,
                                     @Schema(description = "Miljömålet har tagits bort ur omgången") boolean outsideRound) {
    }

    @GET
    @Path("compilation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRauCompilations", summary = "Alla målens sammanställningar i korthet: antal per bedömning och trend, län som saknas")
    @APIResponse(responseCode = "200", description = "En rad per miljömål i omgången, i officiell ordning")
    @APIResponse(responseCode = "404", description = "Ingen omgång för året", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<CompilationSummary> compilations(@PathParam("year") int year) {
        return compiling.compileAll(year).stream()
                .map(c -> new CompilationSummary(c.objectiveCode(), c.objectiveName(), c.expectedCounties(),
                        c.reportedCounties(), c.assessmentCounts(), c.trendCounts(),
                        c.missingCounties().stream().map(Compilation.CountyRef::code).toList(),
                        c.counties().stream().filter(Compilation.CountyEntry::late).map(Compilation.CountyEntry::countyCode).toList(),
                        c.counties().stream().filter(Compilation.CountyEntry::outsideRound).map(Compilation.CountyEntry::countyCode).toList(),
                        c.outsideRound()))
                .toList();
    }

    @GET
    @Path("completeness")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "getRauCompleteness", summary = "Län × miljömål: varje underlags status, bedömning och trend (JSON, eller HTML-sida där färg = bedömning, pil = trend, text = status)")
    @APIResponse(responseCode = "200", description = "Matrisen",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Completeness.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "Ingen omgång för året", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response completeness(@PathParam("year") int year, @Context HttpHeaders headers) {
        Completeness matrix = compiling.completeness(year);
        if (prefers(headers, MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(CompletenessPage.render(matrix), MediaType.TEXT_HTML + "; charset=UTF-8").build();
        }
        return Response.ok(matrix, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** True when the client's most preferred acceptable type is {@code alternative} rather than JSON. */
    static boolean prefers(HttpHeaders headers, MediaType alternative) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            boolean json = acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE);
            boolean other = acceptable.isCompatible(alternative);
            if (json || other) {
                return other && !json;
            }
        }
        return false;
    }
}
