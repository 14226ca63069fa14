package se.rus.finance.cofinancing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who covers the deficit, in order. The version is kept by hand rather than by {@code @Version}:
 * a year without a row has version 0, so the first PUT can name it in If-Match like any later one. The writes
 * check it themselves ({@link RecordingFunds#replaceCoverage}: {@code … where version = ?}, {@code on conflict do nothing}).
 */
@Entity
@Table(name = "deficit_coverage")
public class DeficitCoverage extends PanacheEntityBase {

    public record Coverer(int position, String coveredBy, String description) {
    }

    @Id
    public int year;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Coverer> coverers = new ArrayList<>();

    @Column(nullable = false)
    public long version;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    public static List<Coverer> coverersOf(int year) {
        return DeficitCoverage.<DeficitCoverage>findByIdOptional(year).map(c -> List.copyOf(c.coverers))
                .orElse(List.of());
    }

    public static long versionOf(int year) {
        return DeficitCoverage.<DeficitCoverage>findByIdOptional(year).map(c -> c.version).orElse(0L);
    }
}
