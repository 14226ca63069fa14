package se.rus.reporting.rendering;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;
import se.rus.platform.web.ProblemException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportFormatTest {

    @Test
    void theFormatParameterWinsOverAccept() {
        assertEquals(ReportFormat.PDF, ReportFormat.negotiate("pdf", List.of(MediaType.TEXT_HTML_TYPE)));
        assertEquals(ReportFormat.MARKDOWN, ReportFormat.negotiate("Markdown", List.of()));
    }

    @Test
    void otherwiseTheFirstAcceptableRenderingIsChosen() {
        assertEquals(ReportFormat.HTML, ReportFormat.negotiate(null, List.of(MediaType.TEXT_HTML_TYPE)));
        assertEquals(ReportFormat.MARKDOWN, ReportFormat.negotiate(null, List.of(new MediaType("text", "markdown"))));
        assertEquals(ReportFormat.PDF, ReportFormat.negotiate("", List.of(new MediaType("application", "pdf"))));
        assertEquals(ReportFormat.JSON, ReportFormat.negotiate(null, List.of(MediaType.WILDCARD_TYPE)));
        assertEquals(ReportFormat.JSON, ReportFormat.negotiate(null, List.of()));
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        ProblemException problem = assertThrows(ProblemException.class, () -> ReportFormat.negotiate("docx", List.of()));
        assertEquals(400, problem.status());
    }
}
