package se.rus.followup.events;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.followup.outcome.OutcomeEvents;
import se.rus.followup.rau.RauEvents;
import se.rus.followup.valuation.ValuationEvents;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.EventContractChecks;

import java.util.Map;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class EventContractTest extends EventContractChecks {

    @Override
    protected Map<String, Class<?>> payloads() {
        return Map.ofEntries(
                Map.entry(OutcomeEvents.OUTCOME_RECORDED, OutcomeEvents.OutcomeState.class),
                Map.entry(OutcomeEvents.OUTCOME_CHANGED, OutcomeEvents.OutcomeState.class),
                Map.entry(OutcomeEvents.AREA_FOLLOW_UP_NOTED, OutcomeEvents.AreaFollowUpState.class),
                Map.entry(ValuationEvents.GOAL_VALUED, ValuationEvents.GoalValuedState.class),
                Map.entry(RauEvents.ROUND_OPENED, RauEvents.RoundState.class),
                Map.entry(RauEvents.ROUND_CHANGED, RauEvents.RoundState.class),
                Map.entry(RauEvents.ROUND_CLOSED, RauEvents.RoundState.class),
                Map.entry(RauEvents.DRAFT_SAVED, RauEvents.SubmissionState.class),
                Map.entry(RauEvents.SUBMITTED, RauEvents.SubmissionState.class),
                Map.entry(RauEvents.RETURNED, RauEvents.SubmissionState.class),
                Map.entry(RauEvents.ACCEPTED, RauEvents.SubmissionState.class));
    }
}
