package se.rus.followup.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.followup.reference.Objective;
import se.rus.platform.csv.CsvDialect;
import se.rus.platform.csv.CsvWriter;
import se.rus.platform.opendata.OpenResponses;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.Problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open data of followup-service: no token, read-only, cached, rate-limited and open to any origin
 * ({@code se.rus.platform.opendata.OpenData}; {@code OpenDataOperations} documents that, with the 404 and 429 it answers);
 * only what is final (accepted submissions of closed rounds).
 */
@Path("/api/v1/open")
@Tag(name = "Öppna data", description = "Utan token: länens slutliga RÅU-bedömningar och katalogen över sviten öppna data")
@PermitAll
public class OpenDataResource {

    static final String SVG = "image/svg+xml";
    static final List<String> CSV_HEADER = List.of("År", "Miljömålskod", "Miljömål", "Länskod", "Län",
            "Bedömningskod", "Bedömning", "Trendkod", "Trend");

    @Inject
    PublishingAssessments publishing;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "rus.open-data.reports-url")
    String reportsUrl;

    @GET
    @Path("rau/assessments")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @Operation(operationId = "listOpenRauAssessments",
            summary = "Länens slutliga bedömningar per miljömål, län och år (godkända underlag i stängda omgångar), JSON sidindelat eller CSV")
    @APIResponse(responseCode = "200", description = "En rad per miljömål × län × år; CSV-filen har alla rader (page och size gäller JSON), en rubrikrad och svenska namn och koder",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAssessmentPage.class)),
                    @Content(mediaType = CsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Oförändrat sedan If-None-Match")
    @APIResponse(responseCode = "400", description = "Okänd miljömåls- eller länskod, år utanför 2000–2100, from efter to, okänt format eller dialekt")
    public Response assessments(@BeanParam AssessmentFilter filter, @Valid @BeanParam PageRequest page,
                                @QueryParam(Representation.PARAMETER) @Parameter(description = "json eller csv; annars enligt Accept",
                                        schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"})) String format,
                                @QueryParam(CsvDialect.PARAMETER) @Parameter(description = "CSV-dialekt, förval rfc4180 (README, \"CSV\")",
                                        schema = @Schema(type = SchemaType.STRING, enumeration = {"rfc4180", "excel-sv"})) String dialect,
                                @Context HttpHeaders headers, @Context Request request) {
        CsvDialect csvDialect = CsvDialect.of(dialect, CsvDialect.RFC4180);
        String type = Representation.choose(format, headers,
                ordered("json", MediaType.APPLICATION_JSON, "csv", CsvWriter.MEDIA_TYPE));
        if (type.equals(CsvWriter.MEDIA_TYPE)) {
            CsvWriter csv = new CsvWriter(csvDialect, CSV_HEADER);
            for (OpenAssessment row : publishing.all(filter)) {
                csv.row(row.year(), row.objectiveCode(), row.objectiveName(), row.countyCode(), row.countyName(),
                        row.assessment(), row.assessmentText(), row.trend(), row.trendText());
            }
            return OpenResponses.cached(request, csv.bytes(), CsvWriter.CONTENT_TYPE);
        }
        return OpenResponses.cached(request, bytes(OpenAssessmentPage.of(publishing.page(filter, page))),
                MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("rau/objectives/{code}")
    @Produces({MediaType.APPLICATION_JSON, SVG})
    @Operation(operationId = "getOpenRauObjective",
            summary = "Ett miljömål över åren: län × år med bedömning och trend, som JSON eller SVG-diagram")
    @APIResponse(responseCode = "200", description = "Matrisen; som SVG ett tillgängligt diagram (title, desc, text minst 12 px)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectiveMatrix.class)),
                    @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Oförändrat sedan If-None-Match")
    @APIResponse(responseCode = "400", description = "Okänt format")
    @APIResponse(responseCode = "404", description = "Inget miljömål med koden", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response objective(@PathParam("code") @Parameter(example = "LEVANDE_SKOGAR") String code,
                              @QueryParam(Representation.PARAMETER) @Parameter(description = "json eller svg; annars enligt Accept",
                                      schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "svg"})) String format,
                              @Context HttpHeaders headers, @Context Request request) {
        String type = Representation.choose(format, headers, ordered("json", MediaType.APPLICATION_JSON, "svg", SVG));
        ObjectiveMatrix matrix = publishing.matrix(code);
        if (type.equals(SVG)) {
            return OpenResponses.cached(request, ObjectiveChart.render(matrix).getBytes(StandardCharsets.UTF_8),
                    SVG + ";charset=UTF-8");
        }
        return OpenResponses.cached(request, bytes(matrix), MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("catalog")
    @Produces({Catalog.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getOpenDataCatalog",
            summary = "Katalog över sviten öppna data enligt DCAT-AP-SE (JSON-LD), för skörd av en nationell dataportal")
    @APIResponse(responseCode = "200", description = "Katalogen: @context och @graph med dcat:Catalog, utgivare, dataset och distributioner",
            content = @Content(mediaType = Catalog.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "304", description = "Oförändrat sedan If-None-Match")
    public Response catalog(@Context UriInfo uri, @Context Request request) {
        Map<String, Object> catalog = Catalog.describe(uri.getBaseUri().toString(), reportsUrl,
                Objective.<Objective>listAll(Sort.ascending("number")));
        return OpenResponses.cached(request, bytes(catalog), Catalog.MEDIA_TYPE);
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> ordered(String first, String firstType, String second, String secondType) {
        Map<String, String> offered = new LinkedHashMap<>();
        offered.put(first, firstType);
        offered.put(second, secondType);
        return offered;
    }
}
