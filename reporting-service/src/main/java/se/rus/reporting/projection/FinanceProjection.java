package se.rus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.rus.platform.events.CloudEvent;
import se.rus.platform.events.Inbox;
import se.rus.reporting.projection.FinancePayloads.BudgetPostState;
import se.rus.reporting.projection.FinancePayloads.Coverer;
import se.rus.reporting.projection.FinancePayloads.DeficitCoverageState;
import se.rus.reporting.projection.FinancePayloads.FinancialYearState;
import se.rus.reporting.projection.FinancePayloads.FundsState;
import se.rus.reporting.projection.FinancePayloads.LedgerEntryState;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Projects rus.finance.v1: the financial year, posts, ledger entries, co-financing, outside funds, coverage. */
@ApplicationScoped
public class FinanceProjection {

    public static final String CONSUMER = "reporting.finance";

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    RunningTotals totals;

    /** Whether the event changed the projection; the report years it can touch go to {@code affected}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CloudEvent event, AffectedYears affected) {
        String type = String.valueOf(event.type());
        if (!type.startsWith(FinancePayloads.PREFIX)) {
            return false;
        }
        return switch (type.substring(FinancePayloads.PREFIX.length())) {
            case "FinancialYearOpened.v1", "FinancialYearChanged.v1", "FinancialYearClosed.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> financialYear(inbox.dataOf(event, FinancialYearState.class), affected));
            case "BudgetPostDefined.v1", "BudgetPostChanged.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> post(inbox.dataOf(event, BudgetPostState.class), affected));
            case "LedgerEntryRecorded.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> entry(inbox.dataOf(event, LedgerEntryState.class), affected));
            case "CoFinancingRecorded.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> coFinancing(inbox.dataOf(event, FundsState.class), affected));
            case "OutsideFundsNoted.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> outsideFunds(inbox.dataOf(event, FundsState.class), affected));
            case "DeficitCoverageSet.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> coverage(inbox.dataOf(event, DeficitCoverageState.class), affected));
            default -> false;
        };
    }

    private void financialYear(FinancialYearState state, AffectedYears affected) {
        affected.year(state.year());
        ProjectedFinancialYear year = ProjectedFinancialYear.findById(state.year());
        if (year == null) {
            year = new ProjectedFinancialYear();
            year.year = state.year();
        }
        year.id = state.id();
        year.appropriationName = state.appropriationName();
        year.appropriation = state.appropriation();
        year.keyDistributed = state.keyDistributed();
        year.status = state.status();
        year.persist();
    }

    private void post(BudgetPostState state, AffectedYears affected) {
        ProjectedBudgetPost post = ProjectedBudgetPost.findById(state.id());
        if (post == null) {
            post = new ProjectedBudgetPost();
            post.id = state.id();
        } else {
            affected.yearAndNext(post.year);
        }
        affected.yearAndNext(state.year());
        post.year = state.year();
        post.position = state.position();
        post.name = state.name();
        post.budget = state.budget() == null ? BigDecimal.ZERO : state.budget();
        post.comment = Objects.requireNonNullElse(state.comment(), List.of());
        post.persist();
    }

    /** A later state of the same entry moves its amount in the totals rather than adding it again. */
    private void entry(LedgerEntryState state, AffectedYears affected) {
        ProjectedLedgerEntry entry = ProjectedLedgerEntry.findById(state.id());
        if (entry == null) {
            entry = new ProjectedLedgerEntry();
            entry.id = state.id();
        } else {
            affected.yearAndNext(entry.year);
            totals.removeEntry(entry);
        }
        affected.yearAndNext(state.year());
        entry.year = state.year();
        entry.postId = state.postId();
        entry.postName = state.postName();
        entry.entryDate = state.entryDate();
        entry.amount = state.amount();
        entry.text = state.text();
        entry.counterpart = state.counterpart();
        entry.activityId = state.activityId();
        entry.category = state.category();
        entry.persist();
        totals.addEntry(entry.year, entry.postId, entry.postName, entry.amount);
    }

    private void coFinancing(FundsState state, AffectedYears affected) {
        ProjectedCoFinancing funds = ProjectedCoFinancing.findById(state.id());
        if (funds == null) {
            funds = new ProjectedCoFinancing();
            funds.id = state.id();
        } else {
            affected.year(funds.year);
        }
        affected.year(state.year());
        funds.year = state.year();
        funds.source = state.source();
        funds.amount = state.amount();
        funds.description = state.description();
        funds.persist();
    }

    private void outsideFunds(FundsState state, AffectedYears affected) {
        ProjectedOutsideFunds funds = ProjectedOutsideFunds.findById(state.id());
        if (funds == null) {
            funds = new ProjectedOutsideFunds();
            funds.id = state.id();
        } else {
            affected.year(funds.year);
        }
        affected.year(state.year());
        funds.year = state.year();
        funds.source = state.source();
        funds.amount = state.amount();
        funds.description = state.description();
        funds.persist();
    }

    /** The event carries the whole list of coverers, so the year's list is replaced. */
    private void coverage(DeficitCoverageState state, AffectedYears affected) {
        affected.year(state.year());
        entityManager.createNativeQuery("DELETE FROM proj_deficit_coverage WHERE year = :year")
                .setParameter("year", state.year()).executeUpdate();
        List<Coverer> coverers = state.coverers() == null ? List.of() : state.coverers();
        for (Coverer coverer : coverers) {
            entityManager.createNativeQuery("INSERT INTO proj_deficit_coverage (year, position, covered_by, description) "
                            + "VALUES (:year, :position, :coveredBy, :description)")
                    .setParameter("year", state.year())
                    .setParameter("position", coverer.position())
                    .setParameter("coveredBy", coverer.coveredBy())
                    .setParameter("description", coverer.description())
                    .executeUpdate();
        }
    }

    /** The coverers of a year in position order. */
    public List<Coverer> coverage(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT position, covered_by, description FROM proj_deficit_coverage WHERE year = :year ORDER BY position")
                .setParameter("year", year).getResultList();
        return rows.stream()
                .map(row -> new Coverer(((Number) row[0]).intValue(), (String) row[1], (String) row[2]))
                .toList();
    }
}
