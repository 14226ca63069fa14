package se.rus.finance.year;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Use cases: the working group corrects a year's funding, or closes the year's books. */
@ApplicationScoped
public class ChangingYear {

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    /** Replaces the funding: a PUT body, or a PATCH already merged into the current one. */
    @Transactional
    public FinancialYear change(int yearNumber, String ifMatch, YearContent funding) {
        FinancialYear year = FinancialYear.require(yearNumber);
        Preconditions.requireMatch(ifMatch, year.version);
        if (year.status == YearStatus.CLOSED) {
            throw ProblemException.conflict("Räkenskapsåret " + yearNumber + " är stängt");
        }
        return apply(year, funding);
    }

    /** Applies funding without a precondition; used by the import, which matches by content (null keeps a value). */
    @Transactional(Transactional.TxType.MANDATORY)
    public FinancialYear apply(FinancialYear year, YearContent funding) {
        String newName = funding.appropriationName() == null ? year.appropriationName : funding.appropriationName();
        BigDecimal newAppropriation = funding.appropriation() == null ? year.appropriation : funding.appropriation();
        BigDecimal newKeyDistributed = funding.keyDistributed() == null ? year.keyDistributed : funding.keyDistributed();
        YearRules.requireKeyDistributedWithin(newAppropriation, newKeyDistributed);
        boolean changed = !Objects.equals(newName, year.appropriationName)
                || newAppropriation.compareTo(year.appropriation) != 0
                || newKeyDistributed.compareTo(year.keyDistributed) != 0;
        if (!changed) {
            return year;
        }
        if (year.status == YearStatus.CLOSED) {
            throw ProblemException.conflict("Räkenskapsåret " + year.year + " är stängt");
        }
        year.appropriationName = newName;
        year.appropriation = newAppropriation;
        year.keyDistributed = newKeyDistributed;
        year.persistAndFlush();
        events.publish(FinanceEvents.TOPIC, year.key(), FinanceEvents.YEAR_CHANGED, year.id.toString(),
                FinanceEvents.YearState.of(year));
        return year;
    }

    @Transactional
    public FinancialYear close(int yearNumber, String ifMatch) {
        FinancialYear year = FinancialYear.require(yearNumber);
        Preconditions.requireMatch(ifMatch, year.version);
        if (year.status == YearStatus.CLOSED) {
            throw ProblemException.conflict("Räkenskapsåret " + yearNumber + " är redan stängt");
        }
        return closeNow(year);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public FinancialYear closeNow(FinancialYear year) {
        year.status = YearStatus.CLOSED;
        year.closedAt = Instant.now();
        year.closedBy = actor.get().subject();
        year.persistAndFlush();
        events.publish(FinanceEvents.TOPIC, year.key(), FinanceEvents.YEAR_CLOSED, year.id.toString(),
                FinanceEvents.YearState.of(year));
        return year;
    }
}
