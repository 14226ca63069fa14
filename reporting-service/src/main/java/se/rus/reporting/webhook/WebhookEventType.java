package se.rus.reporting.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The event types a subscription can name; {@code webhook.test} is the ping and cannot be subscribed to. */
public enum WebhookEventType {
    REPORT_APPROVED("report.approved"),
    REPORT_REOPENED("report.reopened"),
    RAU_ROUND_OPENED("rau.round.opened"),
    RAU_ROUND_CHANGED("rau.round.changed"),
    RAU_ROUND_CLOSED("rau.round.closed"),
    RAU_SUBMISSION_RETURNED("rau.submission.returned"),
    RAU_SUBMISSION_ACCEPTED("rau.submission.accepted");

    public static final String TEST = "webhook.test";

    public final String wire;

    WebhookEventType(String wire) {
        this.wire = wire;
    }

    public boolean isReport() {
        return this == REPORT_APPROVED || this == REPORT_REOPENED;
    }

    public boolean isRound() {
        return this == RAU_ROUND_OPENED || this == RAU_ROUND_CHANGED || this == RAU_ROUND_CLOSED;
    }

    public static Optional<WebhookEventType> of(String wire) {
        return Arrays.stream(values()).filter(type -> type.wire.equals(wire)).findFirst();
    }
}
