package se.rus.reporting.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rus.platform.events.CloudEvent;
import se.rus.platform.events.Inbox;

import java.time.Instant;

/** Projects planning events into the read model, each event exactly once. */
@ApplicationScoped
public class PlanningProjection {

    static final String CONSUMER = "reporting.planning";

    @Inject
    Inbox inbox;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlanState(int year, String title) {
    }

    @Incoming("planning-events")
    @Transactional
    public void on(String envelope) {
        CloudEvent event = inbox.parse(envelope);
        if (!"se.rus.planning.PlanCreated.v1".equals(event.type()) || !inbox.firstDelivery(event, CONSUMER)) {
            return;
        }
        PlanState plan = inbox.dataOf(event, PlanState.class);
        ReportYear year = ReportYear.<ReportYear>findByIdOptional(plan.year()).orElseGet(() -> {
            ReportYear created = new ReportYear();
            created.year = plan.year();
            return created;
        });
        year.planTitle = plan.title();
        year.eventsApplied++;
        year.updatedAt = Instant.now();
        year.persist();
    }
}
