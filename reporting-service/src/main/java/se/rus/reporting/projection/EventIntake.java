package se.rus.reporting.projection;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import se.rus.platform.events.CloudEvent;
import se.rus.platform.events.Inbox;

import java.sql.SQLException;

/**
 * Takes the three topics in. Applying an event bumps the read-model version of every year whose report it can
 * change, in its transaction; cached reports of other versions are no longer used (ReportCache).
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    @Inject
    Inbox inbox;

    @Inject
    ApplyingEvent applying;

    @Inject
    ProjectionGate gate;

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
                applying.apply(topic, event);
            } catch (IllegalArgumentException e) {
                LOG.warnf("skipping event %s (%s): %s", event.id(), event.type(), e.getMessage());
            } catch (RuntimeException e) {
                if (!rejectedData(e)) {
                    throw e;
                }
                LOG.errorf("skipping event %s (%s) whose data the database rejects: %s", event.id(), event.type(),
                        e.getMessage());
            }
        });
    }

    /**
     * Data exceptions (SQLSTATE 22, e.g. a number too large) and integrity violations (23) will fail
     * the same way on every redelivery, so they are skipped; anything else (the database being
     * unreachable) stops the channel and the event is consumed again after a restart.
     */
    static boolean rejectedData(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }
}
