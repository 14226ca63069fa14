package se.rus.reporting.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.reporting.model.Check;

import java.util.List;

@Schema(name = "ReportChecks")
public record ChecksView(@Schema(example = "2024") int year, @Schema(example = "1") long errors,
                         @Schema(example = "0") long warnings, @Schema(example = "false") boolean approvable,
                         List<Check> items) {

    static ChecksView of(int year, List<Check> checks) {
        long errors = checks.stream().filter(c -> c.severity() == Check.Severity.ERROR).count();
        return new ChecksView(year, errors, checks.size() - errors, errors == 0, checks);
    }
}
