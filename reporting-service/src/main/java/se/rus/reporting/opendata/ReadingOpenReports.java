package se.rus.reporting.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.rus.reporting.rendering.ReportFormat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the open endpoints publish: approved versions only (the frozen renderings) and the fact of a re-opening, never
 * a draft, a reason or who approved. Read as a few columns, never the stored renderings.
 */
@ApplicationScoped
public class ReadingOpenReports {

    /** One approved version. */
    public record Version(int year, int number, LocalDate approvedAt, Instant frozenAt) {
    }

    /** One re-opening: the version it followed. */
    public record Reopening(UUID id, int year, int afterVersion, Instant reopenedAt) {
    }

    @Inject
    EntityManager entityManager;

    @Transactional
    public List<Version> versions() {
        return entityManager.createQuery("select v.year, v.number, v.approvedAt, v.frozenAt from ReportVersion v "
                        + "order by v.year, v.number", Object[].class).getResultList().stream()
                .map(row -> new Version((Integer) row[0], (Integer) row[1], (LocalDate) row[2], (Instant) row[3]))
                .toList();
    }

    @Transactional
    public List<Reopening> reopenings() {
        return entityManager.createQuery("select r.id, r.year, r.afterVersion, r.reopenedAt from ReportReopening r",
                        Object[].class).getResultList().stream()
                .map(row -> new Reopening((UUID) row[0], (Integer) row[1], (Integer) row[2], (Instant) row[3]))
                .toList();
    }

    /** Every approved version grouped by year, oldest year first. */
    public Map<Integer, List<Version>> byYear() {
        Map<Integer, List<Version>> years = new TreeMap<>();
        versions().forEach(version -> years.computeIfAbsent(version.year(), year -> new ArrayList<>()).add(version));
        return years;
    }

    /** The version's address in each format, under {@code base} (…/api/v1/open/reports). */
    public static Map<String, String> formats(String base, int year, int number) {
        String version = base + "/" + year + "/versions/" + number;
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", version);
        for (ReportFormat format : ReportFormat.values()) {
            links.put(format.name().toLowerCase(Locale.ROOT), version + "?format=" + format.name().toLowerCase(Locale.ROOT));
        }
        return links;
    }

    /** The feed's entries, newest first: approvals and re-openings. */
    public List<AtomFeed.Entry> feedEntries(String base) {
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (Version version : versions()) {
            entries.add(new AtomFeed.Entry(
                    "urn:uuid:" + UUID.nameUUIDFromBytes(("rus/report/" + version.year() + "/version/" + version.number())
                            .getBytes(StandardCharsets.UTF_8)),
                    "Verksamhetsberättelse " + version.year() + ", version " + version.number() + " godkänd",
                    version.frozenAt(),
                    "Styrgruppen godkände verksamhetsberättelsen för " + version.year() + " den " + version.approvedAt()
                            + " som version " + version.number() + ".",
                    "report.approved", links(base, version.year(), version.number())));
        }
        for (Reopening reopening : reopenings()) {
            entries.add(new AtomFeed.Entry("urn:uuid:" + reopening.id(),
                    "Verksamhetsberättelse " + reopening.year() + " öppnad igen efter version " + reopening.afterVersion(),
                    reopening.reopenedAt(),
                    "Verksamhetsberättelsen för " + reopening.year() + " har öppnats igen; nästa godkännande blir version "
                            + (reopening.afterVersion() + 1) + ". Länkarna går till den senast godkända versionen.",
                    "report.reopened", links(base, reopening.year(), reopening.afterVersion())));
        }
        entries.sort(Comparator.comparing(AtomFeed.Entry::updated).thenComparing(AtomFeed.Entry::id).reversed());
        return entries;
    }

    private static List<AtomFeed.Link> links(String base, int year, int number) {
        String version = base + "/" + year + "/versions/" + number;
        List<AtomFeed.Link> links = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            links.add(new AtomFeed.Link("alternate", format.mediaType().getType() + "/" + format.mediaType().getSubtype(),
                    version + "?format=" + format.name().toLowerCase(Locale.ROOT)));
        }
        return links;
    }
}
