package se.rus.followup.rau;

import se.rus.platform.text.VisibleText;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality review of a county's submission: the county drafts and submits, the working group
 * returns it with a comment or accepts it, a returned submission is revised and submitted again.
 * Accepted is final.
 */
public final class ReviewWorkflow {

    public enum Action {
        SAVE_DRAFT("Att ändra underlaget"),
        SUBMIT("Att skicka in underlaget"),
        RETURN("Att returnera underlaget"),
        ACCEPT("Att godkänna underlaget");

        private final String description;

        Action(String description) {
            this.description = description;
        }
    }

    /** The action is not allowed in the submission's current status. */
    public static final class ForbiddenTransition extends RuntimeException {

        public ForbiddenTransition(SubmissionStatus from, Action action) {
            super(action.description + " går inte när det har status " + from);
        }
    }

    private ReviewWorkflow() {
    }

    /** The status after {@code action}; the content may only change while DRAFT or RETURNED. */
    public static SubmissionStatus after(SubmissionStatus current, Action action) {
        SubmissionStatus next = switch (action) {
            case SAVE_DRAFT -> current == SubmissionStatus.DRAFT || current == SubmissionStatus.RETURNED ? current : null;
            case SUBMIT -> current == SubmissionStatus.DRAFT || current == SubmissionStatus.RETURNED
                    ? SubmissionStatus.SUBMITTED : null;
            case RETURN -> current == SubmissionStatus.SUBMITTED ? SubmissionStatus.RETURNED : null;
            case ACCEPT -> current == SubmissionStatus.SUBMITTED ? SubmissionStatus.ACCEPTED : null;
        };
        if (next == null) {
            throw new ForbiddenTransition(current, action);
        }
        return next;
    }

    /** The fields a draft may leave empty but a submission must have. */
    public static List<String> missingForSubmission(Assessment assessment, Trend trend, String summary) {
        List<String> missing = new ArrayList<>();
        if (assessment == null) {
            missing.add("assessment");
        }
        if (trend == null) {
            missing.add("trend");
        }
        if (VisibleText.isBlank(summary)) {
            missing.add("summary");
        }
        return missing;
    }
}
