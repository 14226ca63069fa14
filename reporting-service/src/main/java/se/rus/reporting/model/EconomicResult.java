package se.rus.reporting.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The economic result of a year read from the signed difference outcome − budget: spending more than
 * the budget is a deficit, less is a surplus. The amount is never negative; the kind carries the sign,
 * so no reader has to remember which way the difference was taken.
 */
@Schema(name = "ReportEconomicResult")
public record EconomicResult(
        Kind kind,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "445601.42", description = "alltid ≥ 0; tecknet ligger i kind") BigDecimal amount,
        @Schema(example = "Underskott 445 601,42 kr") String text) {

    /** Named as finance-service names the same enum, so the two contracts read alike (not {@code Kind1}). */
    @Schema(name = "EconomicResultKind")
    public enum Kind {
        DEFICIT, SURPLUS, BALANCED
    }

    /** {@code difference} is outcome − budget (after co-financing: outcome − budget − co-financing). */
    public static EconomicResult ofDifference(BigDecimal difference) {
        BigDecimal amount = difference.abs().setScale(2, RoundingMode.UNNECESSARY);
        return switch (difference.signum()) {
            case 1 -> new EconomicResult(Kind.DEFICIT, amount, "Underskott " + SwedishFormat.money(amount) + " kr");
            case -1 -> new EconomicResult(Kind.SURPLUS, amount, "Överskott " + SwedishFormat.money(amount) + " kr");
            default -> new EconomicResult(Kind.BALANCED, amount, "I balans");
        };
    }

    /** Not a bean getter on purpose: the JSON carries kind, amount and text only. */
    public boolean inDeficit() {
        return kind == Kind.DEFICIT;
    }

    /** The amount as a deficit, zero otherwise: what the deprecated {@code deficit} fields carried. */
    public BigDecimal deficitOrZero() {
        return inDeficit() ? amount : BigDecimal.ZERO.setScale(2);
    }
}
