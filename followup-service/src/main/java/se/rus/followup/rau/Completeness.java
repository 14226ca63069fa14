package se.rus.followup.rau;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Counties × objectives of a round: what each county has delivered for each objective. */
@Schema(name = "RauCompleteness")
public record Completeness(int year, @Schema(example = "2025-01-31") LocalDate deadline,
                           @Schema(example = "OPEN") RoundStatus status, List<ObjectiveRef> objectives,
                           List<CountyRow> counties, Totals totals) {

    @Schema(name = "RauCompletenessObjective")
    public record ObjectiveRef(@Schema(example = "FRISK_LUFT") String code, int number,
                               @Schema(example = "Frisk luft") String name) {
    }

    @Schema(name = "RauCompletenessCounty")
    public record CountyRow(@Schema(example = "21") String code, @Schema(example = "Gävleborgs län") String name,
                            List<Cell> cells) {
    }

    /**
     * {@code applicable=false}: the county does not follow up the objective; {@code status=null}: nothing yet;
     * {@code late}: last submitted after the round's deadline.
     */
    @Schema(name = "RauCompletenessCell")
    public record Cell(String objectiveCode, boolean applicable, UUID submissionId, SubmissionStatus status,
                       Assessment assessment, Trend trend, String summary, boolean late, Instant submittedAt) {
    }

    /** {@code late} counts the cells submitted late, whatever their status now. */
    @Schema(name = "RauCompletenessTotals")
    public record Totals(int expected, int drafts, int submitted, int returned, int accepted, int missing, int late) {
    }

    static Totals totalsOf(List<CountyRow> rows) {
        int expected = 0;
        int drafts = 0;
        int submitted = 0;
        int returned = 0;
        int accepted = 0;
        int missing = 0;
        int late = 0;
        for (CountyRow row : rows) {
            for (Cell cell : row.cells()) {
                if (!cell.applicable()) {
                    continue;
                }
                expected++;
                if (cell.late()) {
                    late++;
                }
                if (cell.status() == null) {
                    missing++;
                    continue;
                }
                switch (cell.status()) {
                    case DRAFT -> drafts++;
                    case SUBMITTED -> submitted++;
                    case RETURNED -> returned++;
                    case ACCEPTED -> accepted++;
                }
            }
        }
        return new Totals(expected, drafts, submitted, returned, accepted, missing, late);
    }
}
