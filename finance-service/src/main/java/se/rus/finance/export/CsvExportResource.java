package se.rus.finance.export;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.finance.ledger.LedgerEntry;
import se.rus.finance.ledger.LedgerFilter;
import se.rus.finance.post.BudgetPost;
import se.rus.finance.year.FinancialYear;
import se.rus.platform.csv.CsvDialect;
import se.rus.platform.csv.CsvWriter;
import se.rus.platform.security.Roles;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Path("/api/v1/years/{year}/ledger.csv")
@Tag(name = "Exports", description = "Huvudboken som CSV och SIE 4")
public class CsvExportResource {

    public static final String CSV = CsvWriter.MEDIA_TYPE;

    @GET
    @Produces(CSV)
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "exportLedgerCsv",
            summary = "Huvudboken som CSV, med samma filter som listan: förval excel-sv (semikolon, decimalkomma, UTF-8 med BOM), eller rfc4180 (komma, decimalpunkt, utan BOM)")
    @APIResponse(responseCode = "200", description = "CSV-fil")
    @APIResponse(responseCode = "400", description = "Ogiltigt filter eller okänd CSV-dialekt")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    public Response csv(@PathParam("year") int year, @BeanParam LedgerFilter filter,
                        @QueryParam(CsvDialect.PARAMETER) @Parameter(description = "CSV-dialekt, förval excel-sv (README, \"CSV\")",
                                schema = @Schema(type = SchemaType.STRING, enumeration = {"excel-sv", "rfc4180"})) String dialect) {
        LedgerFilter.Query query = filter.toQuery(year); // a malformed filter is a 400 whether or not the year exists
        CsvDialect csvDialect = CsvDialect.of(dialect, CsvDialect.EXCEL_SV);
        FinancialYear.require(year);
        Map<UUID, BudgetPost> posts = posts(year);
        List<LedgerCsv.Line> lines = LedgerEntry.<LedgerEntry>list(query.where(), Sort.ascending("entryDate", "seq"),
                        query.parameters()).stream()
                .map(e -> new LedgerCsv.Line(e.entryDate, posts.get(e.postId).name, e.amount, e.text, e.counterpart,
                        e.category.name(), e.activityId, e.externalRef, e.id))
                .toList();
        return Response.ok(LedgerCsv.write(lines, csvDialect).bytes(), CsvWriter.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"rus-huvudbok-" + year + ".csv\"")
                .build();
    }

    private static Map<UUID, BudgetPost> posts(int year) {
        return BudgetPost.ofYear(year).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }
}
