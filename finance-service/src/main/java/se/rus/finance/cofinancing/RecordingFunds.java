package se.rus.finance.cofinancing;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import se.rus.finance.year.FinanceEvents;
import se.rus.finance.year.FinancialYear;
import se.rus.finance.year.YearStatus;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases: the working group records co-financing received, notes funds kept outside the
 * account, and sets who covers the deficit. One source is recorded once per year: there is no
 * event for changing it, so a second, different amount from the same source is a conflict.
 */
@ApplicationScoped
public class RecordingFunds {

    /** The jsonb column's form of the list (JsonColumns writes the same: a plain mapper, records as objects). */
    private static final ObjectMapper COVERERS = new ObjectMapper();

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    @Transactional
    public CoFinancing recordCoFinancing(int yearNumber, FundsContent funds) {
        FinancialYear year = FinancialYear.requireOpen(yearNumber);
        if (findCoFinancing(yearNumber, funds.source()).isPresent()) {
            throw ProblemException.conflict("Medfinansiering från " + funds.source() + " är redan registrerad för " + yearNumber);
        }
        return addCoFinancing(year, funds);
    }

    @Transactional
    public OutsideFunds noteOutsideFunds(int yearNumber, FundsContent funds) {
        FinancialYear year = FinancialYear.requireOpen(yearNumber);
        if (findOutsideFunds(yearNumber, funds.source()).isPresent()) {
            throw ProblemException.conflict("Medel från " + funds.source() + " är redan noterade för " + yearNumber);
        }
        return addOutsideFunds(year, funds);
    }

    @Transactional
    public DeficitCoverage setCoverage(int yearNumber, String ifMatch, List<CovererContent> coverers) {
        FinancialYear year = FinancialYear.requireOpen(yearNumber);
        // writers of one year's coverage take turns until commit, so the version If-Match is compared with is the one
        // the write replaces: a writer that waited sees the winner's version and gets 412
        DeficitCoverage.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('deficit_coverage'), :year)")
                .setParameter("year", yearNumber).getSingleResult();
        Preconditions.requireMatch(ifMatch, DeficitCoverage.versionOf(yearNumber));
        return replaceCoverage(year, coverers).orElseGet(() -> DeficitCoverage.findById(yearNumber));
    }

    /** Import: true when the source was new; identical is left alone; different is a conflict. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordCoFinancingUnlessPresent(FinancialYear year, FundsContent funds, String field) {
        Optional<CoFinancing> existing = findCoFinancing(year.year, funds.source());
        if (existing.isPresent()) {
            requireSame(field, existing.get().amount, existing.get().description, funds);
            return false;
        }
        requireOpen(year);
        addCoFinancing(year, funds);
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean noteOutsideFundsUnlessPresent(FinancialYear year, FundsContent funds, String field) {
        Optional<OutsideFunds> existing = findOutsideFunds(year.year, funds.source());
        if (existing.isPresent()) {
            requireSame(field, existing.get().amount, existing.get().description, funds);
            return false;
        }
        requireOpen(year);
        addOutsideFunds(year, funds);
        return true;
    }

    /** Replaces the ordered list when it differs and publishes it; empty when nothing changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DeficitCoverage> replaceCoverage(FinancialYear year, List<CovererContent> definitions) {
        List<DeficitCoverage.Coverer> coverers = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            coverers.add(new DeficitCoverage.Coverer(i + 1, definitions.get(i).coveredBy(),
                    definitions.get(i).description()));
        }
        DeficitCoverage coverage = DeficitCoverage.findById(year.year);
        if (coverage != null && coverage.coverers.equals(coverers)) {
            return Optional.empty();
        }
        requireOpen(year);
        // the version read above (the one If-Match named) is checked by the write itself: of concurrent writers that
        // all read it, one writes and every other finds no row to write and gets 412 (OptimisticLockException)
        Instant now = Instant.now();
        String by = actor.get().subject();
        String list = asJson(coverers);
        int written = (coverage == null
                ? DeficitCoverage.getEntityManager().createNativeQuery("INSERT INTO deficit_coverage (year, coverers, "
                        + "version, changed_at, changed_by) VALUES (:year, CAST(:coverers AS jsonb), 1, :at, :by) "
                        + "ON CONFLICT (year) DO NOTHING")
                : DeficitCoverage.getEntityManager().createNativeQuery("UPDATE deficit_coverage SET coverers = "
                        + "CAST(:coverers AS jsonb), version = version + 1, changed_at = :at, changed_by = :by "
                        + "WHERE year = :year AND version = :version").setParameter("version", coverage.version))
                .setParameter("year", year.year).setParameter("coverers", list).setParameter("at", now)
                .setParameter("by", by).executeUpdate();
        if (written == 0) {
            throw new OptimisticLockException("deficit coverage of " + year.year + " changed concurrently");
        }
        if (coverage != null) {
            DeficitCoverage.getEntityManager().refresh(coverage);
        } else {
            coverage = DeficitCoverage.findById(year.year);
        }
        events.publish(FinanceEvents.TOPIC, year.key(), FinanceEvents.DEFICIT_COVERAGE_SET, year.key(),
                new CoverageState(year.year, List.copyOf(coverers)));
        return Optional.of(coverage);
    }

    private static String asJson(List<DeficitCoverage.Coverer> coverers) {
        try {
            return COVERERS.writeValueAsString(coverers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CoFinancing addCoFinancing(FinancialYear year, FundsContent funds) {
        return add(new CoFinancing(), year, funds, FinanceEvents.CO_FINANCING_RECORDED);
    }

    private OutsideFunds addOutsideFunds(FinancialYear year, FundsContent funds) {
        return add(new OutsideFunds(), year, funds, FinanceEvents.OUTSIDE_FUNDS_NOTED);
    }

    private <F extends FundsRecord> F add(F record, FinancialYear year, FundsContent funds, String eventType) {
        record.id = UUID.randomUUID();
        record.year = year.year;
        record.source = funds.source();
        record.amount = funds.amount();
        record.description = funds.description();
        record.recordedAt = Instant.now();
        record.recordedBy = actor.get().subject();
        record.persistAndFlush();
        events.publish(FinanceEvents.TOPIC, year.key(), eventType, record.id.toString(), FundsState.of(record));
        return record;
    }

    private static Optional<CoFinancing> findCoFinancing(int year, String source) {
        return CoFinancing.find("year = ?1 and source = ?2", year, source).firstResultOptional();
    }

    private static Optional<OutsideFunds> findOutsideFunds(int year, String source) {
        return OutsideFunds.find("year = ?1 and source = ?2", year, source).firstResultOptional();
    }

    private static void requireSame(String field, BigDecimal amount, String description, FundsContent funds) {
        if (amount.compareTo(funds.amount()) != 0 || !Objects.equals(description, funds.description())) {
            throw ProblemException.conflict(field + ": " + funds.source()
                    + " är redan registrerad med annat belopp eller annan beskrivning");
        }
    }

    private static void requireOpen(FinancialYear year) {
        if (year.status == YearStatus.CLOSED) {
            throw ProblemException.conflict("Räkenskapsåret " + year.year + " är stängt");
        }
    }
}
