package se.rus.reporting.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.metrics.CommittedCounts;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.time.TimeSource;
import se.rus.reporting.assembly.AssembledReport;
import se.rus.reporting.live.ReadingReport;
import se.rus.reporting.live.ReportChecks;
import se.rus.reporting.model.Report;
import se.rus.reporting.model.ReportStatus;
import se.rus.reporting.rendering.Rendition;
import se.rus.reporting.rendering.ReportFormat;
import se.rus.reporting.rendering.Wording;

/**
 * Use case: the steering group approves the report of a year. The live content is frozen as the
 * next version with every rendering stored, so later events can never change what was approved.
 */
@ApplicationScoped
public class ApprovingReport {

    @Inject
    ReadingReport reading;

    @Inject
    TimeSource time;

    @Inject
    CurrentActor actor;

    @Inject
    ObjectMapper json;

    @Inject
    CommittedCounts counts;

    @Inject
    Event<ReportPublished> published;

    @Transactional
    public ReportVersion approve(int year, Approval approval) {
        ReportLifecycle lifecycle = ReportLifecycle.locked(year);
        AssembledReport live = reading.live(year).assembled();
        if (ReadingReport.hasNoPlan(live)) {
            throw ReadingReport.noReport(year);
        }
        ApprovalRules.requireApprovalDate(year, approval.approvedAt(), time.today());
        ApprovalRules.requireApprovable(year, lifecycle.status, lifecycle.latestVersion, ReportChecks.of(live),
                approval.overriding(), approval.reason());

        int number = lifecycle.latestVersion + 1;
        Report frozen = live.report().approved(number, approval.approvedAt(), Wording.approvalSentence(
                approval.bodyOrSteeringGroup(), approval.approvedAt(), approval.furtherApprovalOrNull()));
        byte[] content = Rendition.jsonOf(frozen, json);
        ReportVersion version = new ReportVersion();
        version.year = year;
        version.number = number;
        version.approvedAt = approval.approvedAt();
        version.approvedBy = actor.get().subject();
        version.body = approval.bodyOrSteeringGroup();
        version.furtherApproval = approval.furtherApprovalOrNull();
        version.frozenAt = time.now();
        version.overrideReason = approval.overriding() ? approval.reason() : null;
        version.contentHash = Rendition.hash(content);
        version.persist();
        for (ReportFormat format : ReportFormat.values()) {
            VersionRendition.of(year, number, format, format.render(frozen, content)).persist();
        }

        lifecycle.status = ReportStatus.APPROVED;
        lifecycle.latestVersion = number;
        counts.onCommit("rus.reports.approved", "Report versions approved and frozen", 1);
        published.fire(new ReportPublished.Approved(year, number, version.approvedAt, version.frozenAt));
        return version;
    }
}
