package se.rus.finance.events;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.finance.cofinancing.CoverageState;
import se.rus.finance.cofinancing.FundsState;
import se.rus.finance.ledger.EntryState;
import se.rus.finance.post.PostState;
import se.rus.finance.year.FinanceEvents;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.EventContractChecks;

import java.util.Map;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class EventContractTest extends EventContractChecks {

    @Override
    protected Map<String, Class<?>> payloads() {
        return Map.ofEntries(
                Map.entry(FinanceEvents.YEAR_OPENED, FinanceEvents.YearState.class),
                Map.entry(FinanceEvents.YEAR_CHANGED, FinanceEvents.YearState.class),
                Map.entry(FinanceEvents.YEAR_CLOSED, FinanceEvents.YearState.class),
                Map.entry(FinanceEvents.POST_DEFINED, PostState.class),
                Map.entry(FinanceEvents.POST_CHANGED, PostState.class),
                Map.entry(FinanceEvents.POST_REMOVED, PostState.class),
                Map.entry(FinanceEvents.LEDGER_ENTRY_RECORDED, EntryState.class),
                Map.entry(FinanceEvents.CO_FINANCING_RECORDED, FundsState.class),
                Map.entry(FinanceEvents.OUTSIDE_FUNDS_NOTED, FundsState.class),
                Map.entry(FinanceEvents.DEFICIT_COVERAGE_SET, CoverageState.class));
    }
}
