package se.rus.reporting.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.time.TimeSource;
import se.rus.reporting.model.ReportStatus;

import java.time.Instant;
import java.util.UUID;

/** Use case: the steering group opens an approved report again; its next approval becomes version n+1. */
@ApplicationScoped
public class ReopeningReport {

    @Inject
    TimeSource time;

    @Inject
    CurrentActor actor;

    @Inject
    Event<ReportPublished> published;

    @Schema(name = "ReportReopening")
    public record ReopeningView(UUID id, @Schema(example = "2024") int year, @Schema(example = "1") int afterVersion,
                                @Schema(example = "Utfallet för Indikatorutveckling har rättats") String reason,
                                Instant reopenedAt, String reopenedBy) {
        static ReopeningView of(ReportReopening reopening) {
            return new ReopeningView(reopening.id, reopening.year, reopening.afterVersion, reopening.reason,
                    reopening.reopenedAt, reopening.reopenedBy);
        }
    }

    @Transactional
    public ReopeningView reopen(int year, Reopening request) {
        ReportLifecycle lifecycle = ReportLifecycle.locked(year);
        ApprovalRules.requireReopenable(year, lifecycle.status);
        lifecycle.status = ReportStatus.DRAFT;
        ReportReopening reopening = new ReportReopening();
        reopening.id = UUID.randomUUID();
        reopening.year = year;
        reopening.afterVersion = lifecycle.latestVersion;
        reopening.reason = request.reason();
        reopening.reopenedAt = time.now();
        reopening.reopenedBy = actor.get().subject();
        reopening.persist();
        published.fire(new ReportPublished.Reopened(year, reopening.afterVersion, reopening.reopenedAt));
        return ReopeningView.of(reopening);
    }
}
