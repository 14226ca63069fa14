package se.rus.finance.year;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.web.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Use case: the working group opens the books of a year. */
@ApplicationScoped
public class OpeningYear {

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    @Transactional
    public FinancialYear open(NewYear newYear) {
        if (FinancialYear.findByYear(newYear.year()).isPresent()) {
            throw ProblemException.conflict("Räkenskapsåret " + newYear.year() + " finns redan");
        }
        BigDecimal keyDistributed = newYear.keyDistributed() == null ? BigDecimal.ZERO : newYear.keyDistributed();
        YearRules.requireKeyDistributedWithin(newYear.appropriation(), keyDistributed);
        FinancialYear year = new FinancialYear();
        year.id = UUID.randomUUID();
        year.year = newYear.year();
        year.appropriationName = newYear.appropriationName();
        year.appropriation = newYear.appropriation();
        year.keyDistributed = keyDistributed;
        year.status = YearStatus.OPEN;
        year.createdAt = Instant.now();
        year.createdBy = actor.get().subject();
        year.persistAndFlush();
        events.publish(FinanceEvents.TOPIC, year.key(), FinanceEvents.YEAR_OPENED,
                year.id.toString(), FinanceEvents.YearState.of(year));
        return year;
    }
}
