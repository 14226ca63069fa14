package se.rus.reporting.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import se.rus.reporting.rendering.Rendition;
import se.rus.reporting.rendering.ReportFormat;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/** One format of an approved version, rendered at approval and never changed. */
@Entity
@Table(name = "report_version_rendition")
@IdClass(VersionRendition.Key.class)
public class VersionRendition extends PanacheEntityBase {

    @Id
    public int year;

    @Id
    public int number;

    @Id
    @Enumerated(EnumType.STRING)
    public ReportFormat format;

    @Column(nullable = false)
    public byte[] body;

    static VersionRendition of(int year, int number, ReportFormat format, byte[] body) {
        VersionRendition rendition = new VersionRendition();
        rendition.year = year;
        rendition.number = number;
        rendition.format = format;
        rendition.body = body;
        return rendition;
    }

    /** The latest approved version of the year in {@code format}; one statement reads its hash and body. */
    public static Optional<Rendition> latest(int year, ReportFormat format) {
        return find(year, null, format);
    }

    /** Version {@code number} of the year in {@code format}, in one statement. */
    public static Optional<Rendition> of(int year, int number, ReportFormat format) {
        return find(year, number, format);
    }

    /** Every version has every format: approval stores them all in its transaction. */
    private static Optional<Rendition> find(int year, Integer number, ReportFormat format) {
        TypedQuery<Object[]> query = getEntityManager().createQuery("""
                        select v.contentHash, r.body from ReportVersion v
                        join VersionRendition r on r.year = v.year and r.number = v.number
                        where v.year = :year and r.format = :format""" + (number == null ? "" : " and v.number = :number")
                        + " order by v.number desc", Object[].class)
                .setParameter("year", year).setParameter("format", format).setMaxResults(1);
        if (number != null) {
            query.setParameter("number", number);
        }
        return query.getResultStream().findFirst().map(row -> Rendition.of((byte[]) row[1], format, (String) row[0]));
    }

    public static class Key implements Serializable {
        public int year;
        public int number;
        public ReportFormat format;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.year == year && other.number == number && other.format == format;
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, number, format);
        }
    }
}
