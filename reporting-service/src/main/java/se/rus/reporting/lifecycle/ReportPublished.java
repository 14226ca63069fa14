package se.rus.reporting.lifecycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to a year's report, fired (CDI, synchronously) inside the transaction that approved or re-opened
 * it, so observers such as the webhooks write their rows in that same transaction.
 */
public sealed interface ReportPublished {

    int year();

    Instant at();

    /** A version was approved and frozen. */
    record Approved(int year, int version, LocalDate approvedAt, Instant at) implements ReportPublished {
    }

    /** An approved report was opened again after {@code afterVersion}. */
    record Reopened(int year, int afterVersion, Instant at) implements ReportPublished {
    }
}
