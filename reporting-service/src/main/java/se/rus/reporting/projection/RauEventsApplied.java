package se.rus.reporting.projection;

import se.rus.platform.events.CloudEvent;

/**
 * Takes the RÅU events of rus.followup.v1, which the report itself does not use, inside the transaction that applies
 * their poll (the webhooks turn them into deliveries). True when the event was taken the first time.
 */
public interface RauEventsApplied {

    boolean apply(CloudEvent event);
}
