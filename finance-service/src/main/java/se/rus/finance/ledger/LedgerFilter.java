package se.rus.finance.ledger;

import io.quarkus.panache.common.Parameters;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.rus.platform.web.QueryParameters;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * The ledger's list filters. They arrive as text and are read by the platform's {@link QueryParameters#read}, so a
 * value that is not its type is the suite's one 400 naming the parameter (JAX-RS would answer a failed conversion 404).
 */
public class LedgerFilter {

    @QueryParam("postId")
    @Parameter(description = "Endast denna budgetpost", example = "0b8f6c1e-3a52-4d7e-9d1b-2f4c6a8e0b13",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String postId;

    @QueryParam("from")
    @Parameter(description = "Bokföringsdatum från och med", example = "2024-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Bokföringsdatum till och med", example = "2024-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("counterpart")
    @Parameter(description = "Motpart innehåller (skiftlägesokänsligt)", example = "Västerbotten")
    public String counterpart;

    @QueryParam("category")
    @Parameter(description = "Kategori", example = "REALLOCATION_TO_COUNTY",
            schema = @Schema(implementation = EntryCategory.class))
    public String category;

    public record Query(String where, Parameters parameters) {
    }

    public Query toQuery(int year) {
        StringBuilder where = new StringBuilder("year = :year");
        Parameters parameters = Parameters.with("year", year);
        if (present(postId)) {
            where.append(" and postId = :postId");
            parameters.and("postId", QueryParameters.read("postId", postId, UUID.class));
        }
        if (present(from)) {
            where.append(" and entryDate >= :from");
            parameters.and("from", QueryParameters.read("from", from, LocalDate.class));
        }
        if (present(to)) {
            where.append(" and entryDate <= :to");
            parameters.and("to", QueryParameters.read("to", to, LocalDate.class));
        }
        if (present(counterpart)) {
            where.append(" and lower(counterpart) like :counterpart");
            parameters.and("counterpart", "%" + counterpart.toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (present(category)) {
            where.append(" and category = :category");
            parameters.and("category", QueryParameters.read("category", category, EntryCategory.class));
        }
        return new Query(where.toString(), parameters);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
