package se.rus.finance.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.finance.year.FinanceEvents;
import se.rus.finance.year.FinancialYear;
import se.rus.finance.year.YearStatus;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.ordering.Positions;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.text.TextBlock;
import se.rus.platform.text.TextBlocks;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Use cases: the working group defines, changes, reorders and removes the budget posts of an open year. */
@ApplicationScoped
public class KeepingBudgetPosts {

    public enum Outcome {
        DEFINED,
        CHANGED,
        UNCHANGED
    }

    public record Result(BudgetPost post, Outcome outcome) {
    }

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    @Transactional
    public BudgetPost define(int yearNumber, PostContent definition) {
        FinancialYear year = FinancialYear.requireOpen(yearNumber);
        if (BudgetPost.findByName(yearNumber, definition.name()).isPresent()) {
            throw ProblemException.conflict("Budgetposten \"" + definition.name() + "\" finns redan för " + yearNumber);
        }
        return defineOrChange(year, definition).post();
    }

    @Transactional
    public BudgetPost change(int yearNumber, UUID id, String ifMatch, PostContent definition) {
        BudgetPost post = BudgetPost.require(yearNumber, id);
        Preconditions.requireMatch(ifMatch, post.version);
        FinancialYear year = FinancialYear.requireOpen(yearNumber);
        BudgetPost.findByName(yearNumber, definition.name()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw ProblemException.conflict("Budgetposten \"" + definition.name() + "\" finns redan för " + yearNumber);
        });
        return apply(year, post, definition).post();
    }

    /** A post with ledger entries stays: the ledger is append-only, so its entries need their post. */
    @Transactional
    public void remove(int yearNumber, UUID id, String ifMatch) {
        BudgetPost post = BudgetPost.require(yearNumber, id);
        Preconditions.requireMatch(ifMatch, post.version);
        FinancialYear.requireOpen(yearNumber);
        long entries = BudgetPost.getEntityManager()
                .createQuery("select count(e) from LedgerEntry e where e.postId = :post", Long.class)
                .setParameter("post", id).getSingleResult();
        if (entries > 0) {
            throw ProblemException.conflict("Budgetposten \"" + post.name + "\" har " + entries
                    + " verifikationer och kan inte tas bort");
        }
        PostState last = PostState.of(post);
        post.delete();
        List<BudgetPost> remaining = BudgetPost.ofYear(yearNumber).stream().filter(p -> !p.id.equals(id)).toList();
        publishChanged(renumber(remaining));
        events.publish(FinanceEvents.TOPIC, Integer.toString(yearNumber), FinanceEvents.POST_REMOVED,
                id.toString(), last);
    }

    /** Matches by name within the year: defines a new post or changes the existing one when it differs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result defineOrChange(FinancialYear year, PostContent definition) {
        BudgetPost existing = BudgetPost.findByName(year.year, definition.name()).orElse(null);
        if (existing != null) {
            return apply(year, existing, definition);
        }
        requireOpen(year);
        BudgetPost post = new BudgetPost();
        post.id = UUID.randomUUID();
        post.yearId = year.id;
        post.year = year.year;
        post.name = definition.name();
        post.budget = definition.budget();
        post.comment = TextBlocks.requireWellFormed("comment", definition.comment());
        post.createdAt = Instant.now();
        post.createdBy = actor.get().subject();
        List<BudgetPost> order = Positions.place(BudgetPost.ofYear(year.year), post, definition.position());
        post.position = order.indexOf(post) + 1;
        post.persist();
        publishChanged(renumber(order).stream().filter(p -> p != post).toList());
        events.publish(FinanceEvents.TOPIC, year.key(), FinanceEvents.POST_DEFINED, post.id.toString(),
                PostState.of(post));
        return new Result(post, Outcome.DEFINED);
    }

    private Result apply(FinancialYear year, BudgetPost post, PostContent definition) {
        List<TextBlock> comment = TextBlocks.requireWellFormed("comment", definition.comment());
        List<BudgetPost> order = Positions.place(BudgetPost.ofYear(year.year), post, definition.position());
        boolean contentChanged = !post.name.equals(definition.name())
                || post.budget.compareTo(definition.budget()) != 0
                || !Objects.equals(post.comment, comment);
        boolean positionChanged = order.indexOf(post) + 1 != post.position;
        if (!contentChanged && !positionChanged) {
            return new Result(post, Outcome.UNCHANGED);
        }
        requireOpen(year);
        post.name = definition.name();
        post.budget = definition.budget();
        post.comment = comment;
        List<BudgetPost> moved = renumber(order);
        if (!moved.contains(post)) {
            moved = new ArrayList<>(moved);
            moved.add(post);
        }
        publishChanged(moved);
        return new Result(post, Outcome.CHANGED);
    }

    /** Gives each post its 1-based place in {@code ordered}; returns those whose position changed. */
    private static List<BudgetPost> renumber(List<BudgetPost> ordered) {
        List<BudgetPost> moved = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            BudgetPost post = ordered.get(i);
            if (post.position != i + 1) {
                post.position = i + 1;
                moved.add(post);
            }
        }
        return moved;
    }

    /** Flushing first turns a name taken concurrently into a 409 and gives each post its new version. */
    private void publishChanged(List<BudgetPost> changed) {
        BudgetPost.flush();
        for (BudgetPost post : changed) {
            events.publish(FinanceEvents.TOPIC, Integer.toString(post.year), FinanceEvents.POST_CHANGED,
                    post.id.toString(), PostState.of(post));
        }
    }

    private static void requireOpen(FinancialYear year) {
        if (year.status == YearStatus.CLOSED) {
            throw ProblemException.conflict("Räkenskapsåret " + year.year + " är stängt");
        }
    }
}
