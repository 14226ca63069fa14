package se.rus.followup.replica;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import se.rus.platform.events.CloudEvent;
import se.rus.platform.events.Inbox;

/**
 * Reads rus.planning.v1. A record that is not a usable event is logged and skipped: stopping the
 * channel for it would hold back every later plan change. Database failures still propagate,
 * so such an event is retried rather than lost.
 */
@ApplicationScoped
public class PlanningEventConsumer {

    private static final Logger LOG = Logger.getLogger(PlanningEventConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    ApplyingPlanningEvent applying;

    @Incoming("planning-events")
    @Blocking
    public void on(String envelope) {
        try {
            CloudEvent event = inbox.parse(envelope);
            applying.apply(event);
        } catch (IllegalArgumentException e) {
            LOG.warnf("skipped an unusable planning event: %s", e.getMessage());
        }
    }
}
