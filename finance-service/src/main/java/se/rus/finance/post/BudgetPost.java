package se.rus.finance.post;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.rus.platform.persistence.CreatedEntity;
import se.rus.platform.text.TextBlock;
import se.rus.platform.web.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A budget post of a year ("Löner, resor m.m. RUS"): its budget, its place in the table and its comment. */
@Entity
@Table(name = "budget_post")
public class BudgetPost extends CreatedEntity {

    @Id
    public UUID id;

    @Column(name = "year_id", nullable = false)
    public UUID yearId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal budget;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<TextBlock> comment = new ArrayList<>();

    public static List<BudgetPost> ofYear(int year) {
        return list("year", Sort.ascending("position"), year);
    }

    public static Optional<BudgetPost> findByName(int year, String name) {
        return find("year = ?1 and name = ?2", year, name).firstResultOptional();
    }

    /** The post of this year, or 404. */
    public static BudgetPost require(int year, UUID id) {
        return BudgetPost.<BudgetPost>findByIdOptional(id).filter(post -> post.year == year)
                .orElseThrow(() -> ProblemException.notFound("Budgetposten " + id + " finns inte för " + year));
    }
}
