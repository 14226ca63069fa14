package se.rus.reporting.projection;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import se.rus.platform.events.CloudEvent;
import se.rus.platform.events.Inbox;
import se.rus.reporting.report.ReportCache;

/** Takes the three topics in; the assembled report of the year an event touches is invalidated after commit. */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    @Inject
    Inbox inbox;

    @Inject
    ApplyingEvent applying;

    @Inject
    ProjectionGate gate;

    @Inject
    ReportCache cache;

    @Incoming("planning-events")
    @Blocking
    public void planning(String envelope) {
        take(PlanningPayloads.TOPIC, envelope);
    }

    @Incoming("finance-events")
    @Blocking
    public void finance(String envelope) {
        take(FinancePayloads.TOPIC, envelope);
    }

    @Incoming("followup-events")
    @Blocking
    public void followup(String envelope) {
        take(FollowupPayloads.TOPIC, envelope);
    }

    /**
     * A record that is not a CloudEvent, or whose payload does not fit its type, is logged and skipped:
     * failing would stop the channel and with it every later event of the topic.
     */
    public void take(String topic, String envelope) {
        CloudEvent event;
        try {
            event = inbox.parse(envelope);
        } catch (IllegalArgumentException e) {
            LOG.warnf("skipping a record on %s that is not a CloudEvent: %s", topic, e.getMessage());
            return;
        }
        if (event.id() == null || event.type() == null) {
            LOG.warnf("skipping an event on %s without id or type", topic);
            return;
        }
        gate.run(() -> {
            try {
                applying.apply(topic, event).ifPresent(cache::invalidate);
            } catch (IllegalArgumentException e) {
                LOG.warnf("skipping event %s (%s): %s", event.id(), event.type(), e.getMessage());
            }
        });
    }
}
