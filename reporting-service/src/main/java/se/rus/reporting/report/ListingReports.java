package se.rus.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.rus.reporting.model.ReportStatus;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The years that have a report: a plan is known, a draft has been written or a version approved.
 * Naturvårdsverket's list holds only the years with an approved version.
 */
@ApplicationScoped
public class ListingReports {

    private static final String YEARS = """
            SELECT y.year, l.status, l.latest_version, v.approved_at
            FROM (SELECT year FROM proj_plan UNION SELECT year FROM report_draft
                  UNION SELECT year FROM report_lifecycle WHERE latest_version > 0) y
            LEFT JOIN report_lifecycle l ON l.year = y.year
            LEFT JOIN report_version v ON v.year = l.year AND v.number = l.latest_version
            %s
            ORDER BY y.year""";

    @Inject
    EntityManager entityManager;

    public List<ReportYearView> years(boolean onlyApproved) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(YEARS.formatted(onlyApproved ? "WHERE l.latest_version > 0" : ""))
                .getResultList();
        return rows.stream().map(ListingReports::view).toList();
    }

    private static ReportYearView view(Object[] row) {
        int year = ((Number) row[0]).intValue();
        int latest = row[2] == null ? 0 : ((Number) row[2]).intValue();
        ReportYearView.Status status = latest == 0 ? ReportYearView.Status.DRAFT
                : ReportStatus.APPROVED.name().equals(row[1]) ? ReportYearView.Status.APPROVED
                : ReportYearView.Status.REOPENED;
        return new ReportYearView(year, status, latest == 0 ? null : latest, date(row[3]));
    }

    /** The driver may hand a date column over as either type. */
    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
