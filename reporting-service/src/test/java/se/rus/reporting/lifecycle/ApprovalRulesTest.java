package se.rus.reporting.lifecycle;

import org.junit.jupiter.api.Test;
import se.rus.platform.web.ProblemException;
import se.rus.reporting.model.Check;
import se.rus.reporting.model.ReportStatus;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApprovalRulesTest {

    private static final List<Check> ERRORS = List.of(Check.error("GOAL_WITHOUT_VALUATION", "Mål", "saknar värdering"));
    private static final List<Check> WARNINGS = List.of(Check.warning("DEFICIT_NOT_COVERED", "2024", "ingen täcker"));

    @Test
    void aDraftWithoutErrorsMayBeApproved() {
        assertDoesNotThrow(() -> ApprovalRules.requireApprovable(2024, ReportStatus.DRAFT, 0, WARNINGS, false, null));
    }

    @Test
    void errorsBlockApprovalUnlessOverriddenWithAReason() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ApprovalRules.requireApprovable(2024, ReportStatus.DRAFT, 0, ERRORS, false, null));
        assertEquals(409, refused.status());
        assertTrue(refused.getMessage().contains("GOAL_WITHOUT_VALUATION"));
        ProblemException noReason = assertThrows(ProblemException.class,
                () -> ApprovalRules.requireApprovable(2024, ReportStatus.DRAFT, 0, ERRORS, true, " "));
        assertEquals(400, noReason.status());
        assertDoesNotThrow(() -> ApprovalRules.requireApprovable(2024, ReportStatus.DRAFT, 0, ERRORS, true, "Rättas i v2"));
    }

    @Test
    void anApprovalDateLiesBetweenTheStartOfTheYearAndToday() {
        java.time.LocalDate today = java.time.LocalDate.parse("2025-03-01");
        assertDoesNotThrow(() -> ApprovalRules.requireApprovalDate(2024, java.time.LocalDate.parse("2024-01-01"), today));
        assertDoesNotThrow(() -> ApprovalRules.requireApprovalDate(2024, java.time.LocalDate.parse("2025-02-05"), today));
        assertDoesNotThrow(() -> ApprovalRules.requireApprovalDate(2024, today, today));
        for (String outside : List.of("2023-12-31", "2025-03-02", "2037-02-05", "+99999-01-01")) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> ApprovalRules.requireApprovalDate(2024, java.time.LocalDate.parse(outside), today));
            assertEquals(400, refused.status(), outside);
            assertTrue(refused.getMessage().contains("approvedAt"), refused.getMessage());
        }
    }

    @Test
    void anApprovedReportMustBeReopenedFirst() {
        assertEquals(409, assertThrows(ProblemException.class,
                () -> ApprovalRules.requireApprovable(2024, ReportStatus.APPROVED, 1, List.of(), false, null)).status());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> ApprovalRules.requireReopenable(2024, ReportStatus.DRAFT)).status());
        assertDoesNotThrow(() -> ApprovalRules.requireReopenable(2024, ReportStatus.APPROVED));
    }
}
