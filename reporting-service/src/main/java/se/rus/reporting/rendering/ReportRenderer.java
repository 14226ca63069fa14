package se.rus.reporting.rendering;

import se.rus.reporting.model.Report;

/**
 * Writes a report in one format. {@code json} is the report as the API writes it (the content every rendering's
 * ETag hashes); the JSON format hands it on as it is, the document formats lay out the report itself.
 */
@FunctionalInterface
public interface ReportRenderer {

    byte[] render(Report report, byte[] json);
}
