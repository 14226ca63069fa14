package se.rus.reporting.rendering;

import jakarta.ws.rs.core.MediaType;
import se.rus.platform.web.ProblemException;
import se.rus.reporting.model.Report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The renderings of a report, each with its one renderer (the cache and approval alike render through it), and
 * how a request picks one: {@code ?format=} wins over Accept.
 */
public enum ReportFormat {
    JSON("json", MediaType.APPLICATION_JSON_TYPE, (report, json) -> json),
    MARKDOWN("markdown", new MediaType("text", "markdown", "UTF-8"),
            (report, json) -> MarkdownRenderer.render(report).getBytes(StandardCharsets.UTF_8), "md"),
    HTML("html", new MediaType("text", "html", "UTF-8"),
            (report, json) -> HtmlRenderer.render(report).getBytes(StandardCharsets.UTF_8)),
    PDF("pdf", new MediaType("application", "pdf"), (report, json) -> PdfRenderer.render(report));

    public static final String MARKDOWN_TYPE = "text/markdown";
    public static final String PDF_TYPE = "application/pdf";

    private final String parameter;
    private final MediaType mediaType;
    private final ReportRenderer renderer;
    private final List<String> aliases;

    ReportFormat(String parameter, MediaType mediaType, ReportRenderer renderer, String... aliases) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.renderer = renderer;
        this.aliases = List.of(aliases);
    }

    /** The report in this format; {@code json} is its content as the API writes it. */
    public byte[] render(Report report, byte[] json) {
        return renderer.render(report, json);
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** Distinguishes the ETag of each rendering of the same content. */
    public String etagSuffix() {
        return this == JSON ? "" : "-" + parameter;
    }

    public static ReportFormat negotiate(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            String wanted = format.trim().toLowerCase(Locale.ROOT);
            for (ReportFormat candidate : values()) {
                if (candidate.parameter.equals(wanted) || candidate.aliases.contains(wanted)) {
                    return candidate;
                }
            }
            throw ProblemException.invalid("format", "ska vara json, markdown (md), html eller pdf");
        }
        for (MediaType wanted : acceptable) {
            if (wanted.isWildcardType()) {
                return JSON;
            }
            for (ReportFormat candidate : values()) {
                if (wanted.isCompatible(candidate.mediaType)) {
                    return candidate;
                }
            }
        }
        return JSON;
    }
}
