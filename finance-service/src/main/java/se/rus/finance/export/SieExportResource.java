package se.rus.finance.export;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.finance.ledger.LedgerEntry;
import se.rus.finance.post.BudgetPost;
import se.rus.finance.year.FinancialYear;
import se.rus.platform.security.Roles;
import se.rus.platform.time.TimeSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Path("/api/v1/years/{year}/sie")
@Tag(name = "Exports", description = "Huvudboken som CSV och SIE 4")
public class SieExportResource {

    public static final String SIE = "text/plain";

    @Inject
    TimeSource time;

    @Inject
    SieSettings sie;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "1.0.0")
    String version;

    @GET
    @Produces(SIE)
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "exportSie4",
            summary = "Årets verifikationer som SIE 4 (CP437): en #VER per verifikation, balanserad mot motkontot")
    @APIResponse(responseCode = "200", description = "SIE-fil, teckenkodning CP437 (IBM437)")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    public Response sie(@PathParam("year") int year) {
        FinancialYear.require(year);
        AccountMapping mapping = AccountMapping.parse(sie.accountMapping(), sie.fallbackAccount());
        Map<UUID, BudgetPost> posts = posts(year);
        List<LedgerEntry> entries = LedgerEntry.list("year", Sort.ascending("entryDate", "seq"), year);

        Map<String, Set<String>> postsByAccount = new TreeMap<>();
        List<SieFile.Verification> verifications = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            BudgetPost post = posts.get(entry.postId);
            String account = mapping.accountFor(post.name);
            postsByAccount.computeIfAbsent(account, a -> new LinkedHashSet<>()).add(post.name);
            String text = entry.counterpart == null ? entry.text : entry.text + " (" + entry.counterpart + ")";
            verifications.add(new SieFile.Verification(verifications.size() + 1, entry.entryDate, text, List.of(
                    new SieFile.Transaction(account, entry.amount),
                    new SieFile.Transaction(sie.counterAccount(), entry.amount.negate()))));
        }
        Map<String, String> accounts = new TreeMap<>();
        postsByAccount.forEach((account, names) -> accounts.put(account, String.join(" / ", names)));
        accounts.putIfAbsent(sie.counterAccount(), sie.counterAccountName());

        byte[] file = SieFile.encode(new SieFile.Document("RUS finance-service", version,
                time.today(), sie.companyName(), year, accounts, verifications));
        return Response.ok(file, SIE + ";charset=IBM437")
                .header("Content-Disposition", "attachment; filename=\"rus-" + year + ".se\"")
                .build();
    }

    private static Map<UUID, BudgetPost> posts(int year) {
        return BudgetPost.ofYear(year).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }
}
