package se.rus.followup.rau;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.followup.rau.ReviewWorkflow.Action.ACCEPT;
import static se.rus.followup.rau.ReviewWorkflow.Action.RETURN;
import static se.rus.followup.rau.ReviewWorkflow.Action.SAVE_DRAFT;
import static se.rus.followup.rau.ReviewWorkflow.Action.SUBMIT;
import static se.rus.followup.rau.SubmissionStatus.ACCEPTED;
import static se.rus.followup.rau.SubmissionStatus.DRAFT;
import static se.rus.followup.rau.SubmissionStatus.RETURNED;
import static se.rus.followup.rau.SubmissionStatus.SUBMITTED;

class ReviewWorkflowTest {

    @Test
    void aDraftIsSubmittedReturnedRevisedResubmittedAndAccepted() {
        SubmissionStatus status = DRAFT;
        status = ReviewWorkflow.after(status, SAVE_DRAFT);
        assertEquals(DRAFT, status);
        status = ReviewWorkflow.after(status, SUBMIT);
        assertEquals(SUBMITTED, status);
        status = ReviewWorkflow.after(status, RETURN);
        assertEquals(RETURNED, status);
        status = ReviewWorkflow.after(status, SAVE_DRAFT);
        assertEquals(RETURNED, status, "revising a returned submission keeps it returned until it is submitted again");
        status = ReviewWorkflow.after(status, SUBMIT);
        assertEquals(SUBMITTED, status);
        assertEquals(ACCEPTED, ReviewWorkflow.after(status, ACCEPT));
    }

    @Test
    void forbidsEveryOtherTransition() {
        List<Object[]> forbidden = List.of(
                new Object[]{DRAFT, RETURN}, new Object[]{DRAFT, ACCEPT},
                new Object[]{SUBMITTED, SAVE_DRAFT}, new Object[]{SUBMITTED, SUBMIT},
                new Object[]{RETURNED, RETURN}, new Object[]{RETURNED, ACCEPT},
                new Object[]{ACCEPTED, SAVE_DRAFT}, new Object[]{ACCEPTED, SUBMIT},
                new Object[]{ACCEPTED, RETURN}, new Object[]{ACCEPTED, ACCEPT});
        for (Object[] pair : forbidden) {
            SubmissionStatus from = (SubmissionStatus) pair[0];
            ReviewWorkflow.Action action = (ReviewWorkflow.Action) pair[1];
            ReviewWorkflow.ForbiddenTransition e = assertThrows(ReviewWorkflow.ForbiddenTransition.class,
                    () -> ReviewWorkflow.after(from, action), from + " " + action);
            assertTrue(e.getMessage().startsWith("Att ") && e.getMessage().endsWith(" går inte när det har status " + from),
                    e.getMessage());
        }
    }

    @Test
    void aSubmissionNeedsAssessmentTrendAndSummary() {
        assertEquals(List.of("assessment", "trend", "summary"), ReviewWorkflow.missingForSubmission(null, null, " "));
        assertEquals(List.of("trend"), ReviewWorkflow.missingForSubmission(Assessment.NO, null, "Nås inte."));
        assertEquals(List.of(), ReviewWorkflow.missingForSubmission(Assessment.CLOSE, Trend.UNCLEAR, "Nära."));
    }
}
