package se.rus.finance.ledger;

import io.quarkus.panache.common.Parameters;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.rus.platform.web.CanonicalRequests;
import se.rus.platform.web.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ledger's list filters. They arrive as text and are parsed here, because a query parameter
 * that fails JAX-RS conversion becomes a 404 instead of a 400 that names the parameter.
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
            parameters.and("postId", parse("postId", postId, CanonicalRequests::canonicalUuid));
        }
        if (present(from)) {
            where.append(" and entryDate >= :from");
            parameters.and("from", parse("from", from, LocalDate::parse));
        }
        if (present(to)) {
            where.append(" and entryDate <= :to");
            parameters.and("to", parse("to", to, LocalDate::parse));
        }
        if (present(counterpart)) {
            where.append(" and lower(counterpart) like :counterpart");
            parameters.and("counterpart", "%" + counterpart.toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (present(category)) {
            where.append(" and category = :category");
            parameters.and("category", categoryOf(category));
        }
        return new Query(where.toString(), parameters);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static EntryCategory categoryOf(String value) {
        try {
            return EntryCategory.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("category", "\"" + value + "\" är inget tillåtet värde; tillåtna värden: "
                    + Arrays.stream(EntryCategory.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static <T> T parse(String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalid(field, "är inget giltigt värde: " + value);
        }
    }
}
