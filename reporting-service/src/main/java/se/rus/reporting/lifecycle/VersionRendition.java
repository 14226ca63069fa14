package se.rus.reporting.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import se.rus.reporting.rendering.ReportFormat;

import java.io.Serializable;
import java.util.Objects;

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

    /** Every version has every format: approval stores them all in its transaction. */
    static byte[] body(int year, int number, ReportFormat format) {
        return VersionRendition.<VersionRendition>find("year = ?1 and number = ?2 and format = ?3", year, number, format)
                .singleResult().body;
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
