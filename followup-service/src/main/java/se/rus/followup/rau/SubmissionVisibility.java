package se.rus.followup.rau;

import io.quarkus.panache.common.Parameters;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which RÅU submissions a reader may see, applied as a condition of the query itself (so paging and
 * {@code totalItems} stay right, and a hidden submission is "not found" rather than "forbidden"):
 * the working group and the steering group see every submission; a county sees its own in every status
 * and the other counties' only once they are SUBMITTED or ACCEPTED; Naturvårdsverket sees only SUBMITTED
 * and ACCEPTED ones. A draft, or a submission returned for revision, is the county's work in progress.
 *
 * @param everything  whether every submission is visible
 * @param ownCounty   the county whose submissions are visible in every status, or null
 */
public record SubmissionVisibility(boolean everything, String ownCounty) {

    /** The statuses in which a county's follow-up is visible beyond the county and the working group. */
    public static final Set<SubmissionStatus> PUBLISHED = EnumSet.of(SubmissionStatus.SUBMITTED, SubmissionStatus.ACCEPTED);

    public static SubmissionVisibility all() {
        return new SubmissionVisibility(true, null);
    }

    public static SubmissionVisibility publishedOnly() {
        return new SubmissionVisibility(false, null);
    }

    public static SubmissionVisibility ownAndPublished(String countyCode) {
        return new SubmissionVisibility(false, countyCode);
    }

    /** {@code query} narrowed to what is visible; its parameters are added to {@code parameters}. */
    public String restrict(String query, Parameters parameters) {
        if (everything) {
            return query;
        }
        parameters.and("publishedStatuses", PUBLISHED);
        if (ownCounty == null) {
            return "(" + query + ") and status in :publishedStatuses";
        }
        parameters.and("viewerCounty", ownCounty);
        return "(" + query + ") and (countyCode = :viewerCounty or status in :publishedStatuses)";
    }
}
