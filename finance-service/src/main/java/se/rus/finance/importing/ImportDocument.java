package se.rus.finance.importing;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.finance.ledger.EntryCategory;
import se.rus.finance.ledger.LedgerEntry;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A whole financial year in one document (deploy/contracts/IMPORTS.md); natural keys make it idempotent. */
@Schema(name = "FinanceImport")
public record ImportDocument(
        @NotBlank @Size(max = 300) @Schema(example = "Anslag 1:2 Miljöövervakning") String appropriationName,
        @NotNull @DecimalMin("0.00")
        @Digits(integer = 13, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "6000000.00") BigDecimal appropriation,
        @NotNull @DecimalMin("0.00")
        @Digits(integer = 13, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "1500000.00") BigDecimal keyDistributed,
        @NotNull @Size(max = 100) List<@Valid @NotNull Post> posts,
        @Size(max = 100) List<@Valid @NotNull Funds> coFinancing,
        @Size(max = 100) List<@Valid @NotNull Funds> outsideFunds,
        @Size(max = 50) @Schema(description = "Ersätter listan; utelämnad lämnar den orörd")
        List<@Valid @NotNull Coverer> deficitCoverage,
        @Schema(description = "true stänger året efter importen; false öppnar aldrig ett stängt år") Boolean close) {

    /** A budget post, matched by name; its place in the list is its position. */
    @Schema(name = "FinanceImportPost")
    public record Post(
            @NotBlank @Size(max = 300) @Schema(example = "Löner, resor m.m. RUS") String name,
            @NotNull @DecimalMin("0.00")
            @Digits(integer = 13, fraction = 2)
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, example = "3700000.00") BigDecimal budget,
            @Size(max = 200) List<@Valid @NotNull TextBlock> comment,
            @Size(max = 10000) List<@Valid @NotNull Entry> entries) {
    }

    /** A ledger entry, matched by externalRef within the year. */
    @Schema(name = "FinanceImportEntry")
    public record Entry(
            @NotBlank @Size(max = 100) @Schema(example = "2024-LON-001") String externalRef,
            @NotNull @Schema(example = "2024-12-31") LocalDate entryDate,
            @NotNull @Digits(integer = 13, fraction = 2)
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, pattern = LedgerEntry.AMOUNT_PATTERN, example = "57371.00",
                    description = "Negativt för rättelser") BigDecimal amount,
            @NotBlank @Size(max = 2000) @Schema(example = "Arbetsgruppens tvådagarsmöte") String text,
            @Size(max = 300) String counterpart,
            UUID activityId,
            @NotNull @Schema(example = "DIRECT_SPEND") EntryCategory category) {
    }

    /** Co-financing or outside funds, matched by source within the year. */
    @Schema(name = "FinanceImportFunds")
    public record Funds(
            @NotBlank @Size(max = 300) @Schema(example = "LEKS (klimat och energi)") String source,
            @NotNull @DecimalMin("0.01")
            @Digits(integer = 13, fraction = 2)
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, example = "220000.00") BigDecimal amount,
            @Size(max = 2000) String description) {
    }

    @Schema(name = "FinanceImportCoverer")
    public record Coverer(
            @NotBlank @Size(max = 300) @Schema(example = "Kvarvarande nyckelfördelade medel") String coveredBy,
            @Size(max = 2000) @Schema(example = "knappt 200 000 kr") String description) {
    }
}
