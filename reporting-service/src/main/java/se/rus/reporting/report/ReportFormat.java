package se.rus.reporting.report;

import jakarta.ws.rs.core.MediaType;
import se.rus.platform.web.ProblemException;

import java.util.List;

/** The renderings of a report and how a request picks one: {@code ?format=} wins over Accept. */
public enum ReportFormat {
    JSON("json", MediaType.APPLICATION_JSON_TYPE),
    MARKDOWN("markdown", new MediaType("text", "markdown", "UTF-8")),
    HTML("html", new MediaType("text", "html", "UTF-8")),
    PDF("pdf", new MediaType("application", "pdf"));

    public static final String MARKDOWN_TYPE = "text/markdown";
    public static final String PDF_TYPE = "application/pdf";

    private final String parameter;
    private final MediaType mediaType;

    ReportFormat(String parameter, MediaType mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
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
            for (ReportFormat candidate : values()) {
                if (candidate.parameter.equalsIgnoreCase(format.trim())) {
                    return candidate;
                }
            }
            throw ProblemException.invalid("format", "ska vara json, markdown, html eller pdf");
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
