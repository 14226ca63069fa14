package se.rus.reporting.lifecycle;

import se.rus.platform.text.VisibleText;
import se.rus.platform.web.ProblemException;
import se.rus.reporting.model.Check;
import se.rus.reporting.model.ReportStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** When a report may be approved or reopened. */
public final class ApprovalRules {

    private ApprovalRules() {
    }

    public static void requireApprovable(int year, ReportStatus status, int latestVersion, List<Check> checks,
                                         boolean override, String reason) {
        if (status == ReportStatus.APPROVED) {
            throw ProblemException.conflict("Verksamhetsberättelsen " + year + " är redan godkänd som version "
                    + latestVersion + "; öppna den igen för att godkänna en ny version");
        }
        if (override && VisibleText.isBlank(reason)) {
            throw ProblemException.invalid("reason", "krävs när kontrollerna åsidosätts (override)");
        }
        List<Check> errors = checks.stream().filter(c -> c.severity() == Check.Severity.ERROR).toList();
        if (!errors.isEmpty() && !override) {
            throw ProblemException.conflict("Verksamhetsberättelsen " + year + " har " + errors.size()
                    + " fel som måste rättas eller åsidosättas med override och reason: "
                    + errors.stream().map(c -> c.code() + " (" + c.subject() + ")").distinct().limit(10)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** An approval is made after the reported year has begun and not after today: never in the future. */
    public static void requireApprovalDate(int year, LocalDate approvedAt, LocalDate today) {
        if (approvedAt.isBefore(LocalDate.of(year, 1, 1)) || approvedAt.isAfter(today)) {
            throw ProblemException.invalid("approvedAt", "måste ligga mellan " + LocalDate.of(year, 1, 1)
                    + " och i dag (" + today + ")");
        }
    }

    public static void requireReopenable(int year, ReportStatus status) {
        if (status != ReportStatus.APPROVED) {
            throw ProblemException.conflict("Verksamhetsberättelsen " + year + " är inte godkänd och kan inte öppnas igen");
        }
    }
}
