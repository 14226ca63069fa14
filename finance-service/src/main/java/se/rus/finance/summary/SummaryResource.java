package se.rus.finance.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.finance.cofinancing.CoFinancing;
import se.rus.finance.cofinancing.DeficitCoverage;
import se.rus.finance.cofinancing.OutsideFunds;
import se.rus.finance.post.BudgetPost;
import se.rus.finance.year.FinancialYear;
import se.rus.finance.year.YearStatus;
import se.rus.platform.security.Roles;
import se.rus.platform.text.TextBlock;
import se.rus.platform.web.DeprecatedFields;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/years/{year}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Summary", description = "Årets ekonomiska redovisning, alltid beräknad ur huvudboken")
public class SummaryResource {

    @Schema(name = "EconomicTableRow")
    public record RowView(UUID postId, @Schema(example = "1") int position,
                          @Schema(example = "Löner, resor m.m. RUS") String name,
                          @Schema(example = "3700000.00") String budget,
                          @Schema(example = "4259660.71", description = "Summan av postens verifikationer") String outcome,
                          @Schema(example = "559660.71", description = "Utfall − budget; positivt när posten överskridits")
                          String difference,
                          List<TextBlock> comment) {
    }

    @Schema(name = "FundsLine")
    public record FundsView(@Schema(example = "LEKS (klimat och energi)") String source,
                            @Schema(example = "220000.00") String amount, String description) {
    }

    @Schema(name = "CoFinancingTotal")
    public record CoFinancingView(@Schema(example = "220000.00") String total, List<FundsView> items) {
    }

    @Schema(name = "EconomicResult", description = "Resultatet som art och belopp, som i verksamhetsberättelsen")
    public record ResultView(EconomicTable.Result.Kind kind,
                             @Schema(example = "445601.42", description = "alltid ≥ 0; tecknet ligger i kind") String amount) {

        static ResultView of(EconomicTable.Result result) {
            return new ResultView(result.kind(), text(result.amount()));
        }
    }

    /** deficit, surplus and their after-co-financing twins: deprecated since, gone from (CHANGELOG.md) */
    static final String DEPRECATED = "2026-12-07";
    static final String SUNSET = "2027-06-01";

    @Schema(name = "EconomicTable", description = "Belopp är decimalsträngar med två decimaler (kr)")
    public record SummaryView(@Schema(example = "2024") int year,
                              @Schema(example = "Anslag 1:2 Miljöövervakning") String appropriationName,
                              @Schema(example = "6000000.00") String appropriation,
                              @Schema(example = "1500000.00") String keyDistributed,
                              YearStatus status,
                              List<RowView> rows,
                              @Schema(example = "4500000.00") String totalBudget,
                              @Schema(example = "4945601.42") String totalOutcome,
                              @Schema(description = "resultatet av utfall − budget") ResultView result,
                              @Schema(example = "445601.42", deprecated = true, description = "ersatt av result; "
                                      + "utfall − budget när positivt, annars 0.00. Tas bort 2027-06-01 (Sunset)")
                              String deficit,
                              @Schema(example = "0.00", deprecated = true, description = "ersatt av result; "
                                      + "budget − utfall när positivt, annars 0.00. Tas bort 2027-06-01 (Sunset)")
                              String surplus,
                              CoFinancingView coFinancing,
                              @Schema(description = "resultatet av utfall − budget − medfinansiering") ResultView resultAfterCoFinancing,
                              @Schema(example = "225601.42", deprecated = true, description = "ersatt av "
                                      + "resultAfterCoFinancing. Tas bort 2027-06-01 (Sunset)") String deficitAfterCoFinancing,
                              @Schema(example = "0.00", deprecated = true, description = "ersatt av "
                                      + "resultAfterCoFinancing. Tas bort 2027-06-01 (Sunset)") String surplusAfterCoFinancing,
                              @Schema(description = "Endast för not; ingår aldrig i summorna") List<FundsView> outsideFunds,
                              List<DeficitCoverage.Coverer> deficitCoverage) {
    }

    @GET
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @DeprecatedFields(since = DEPRECATED, sunset = SUNSET)
    @Operation(operationId = "getEconomicSummary", summary = "Ekonomisk redovisning: poster, summor, underskott, medfinansiering")
    @APIResponse(responseCode = "200", description = "Tabellen")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    public SummaryView get(@PathParam("year") int year) {
        FinancialYear found = FinancialYear.require(year);
        EconomicTable.Table table = tableOf(year);
        return new SummaryView(year, found.appropriationName, text(found.appropriation), text(found.keyDistributed),
                found.status,
                table.rows().stream().map(r -> new RowView(r.postId(), r.position(), r.name(), text(r.budget()),
                        text(r.outcome()), text(r.difference()), r.comment())).toList(),
                text(table.totalBudget()), text(table.totalOutcome()), ResultView.of(table.result()),
                text(table.result().deficitOrZero()), text(table.result().surplusOrZero()),
                new CoFinancingView(text(table.coFinancingTotal()), funds(table.coFinancing())),
                ResultView.of(table.resultAfterCoFinancing()), text(table.resultAfterCoFinancing().deficitOrZero()),
                text(table.resultAfterCoFinancing().surplusOrZero()), funds(table.outsideFunds()),
                DeficitCoverage.coverersOf(year));
    }

    /** Reads the year's posts, entries and funds and lets {@link EconomicTable} derive the figures. */
    public static EconomicTable.Table tableOf(int year) {
        List<EconomicTable.Post> posts = BudgetPost.ofYear(year).stream()
                .map(p -> new EconomicTable.Post(p.id, p.position, p.name, p.budget, p.comment)).toList();
        List<EconomicTable.Entry> entries = BudgetPost.getEntityManager()
                // one sum per post, added up by the database, instead of every entry of the year
                .createQuery("select e.postId, sum(e.amount) from LedgerEntry e where e.year = :year group by e.postId",
                        Object[].class)
                .setParameter("year", year).getResultList().stream()
                .map(row -> new EconomicTable.Entry((UUID) row[0], (BigDecimal) row[1])).toList();
        List<EconomicTable.Funds> coFinancing = CoFinancing.ofYear(year).stream()
                .map(f -> new EconomicTable.Funds(f.source, f.amount, f.description)).toList();
        List<EconomicTable.Funds> outside = OutsideFunds.ofYear(year).stream()
                .map(f -> new EconomicTable.Funds(f.source, f.amount, f.description)).toList();
        List<EconomicTable.Coverer> coverage = DeficitCoverage.coverersOf(year).stream()
                .map(c -> new EconomicTable.Coverer(c.position(), c.coveredBy(), c.description())).toList();
        return EconomicTable.of(posts, entries, coFinancing, outside, coverage);
    }

    private static List<FundsView> funds(List<EconomicTable.Funds> funds) {
        return funds.stream().map(f -> new FundsView(f.source(), text(f.amount()), f.description())).toList();
    }

    private static String text(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
