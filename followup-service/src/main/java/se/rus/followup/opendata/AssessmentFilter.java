package se.rus.followup.opendata;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.rus.followup.reference.County;
import se.rus.followup.reference.Objective;
import se.rus.platform.web.ProblemException;
import se.rus.platform.years.SupportedYears;

/** {@code ?objective=&county=&from=&to=} of the open assessments; every one optional, each checked on its own. */
public class AssessmentFilter {

    @QueryParam("objective")
    @Parameter(description = "Miljömålets kod", example = "LEVANDE_SKOGAR")
    public String objective;

    @QueryParam("county")
    @Parameter(description = "Länets kod", example = "21")
    public String county;

    @QueryParam("from")
    @Parameter(description = "Första året (2000–2100)", example = "2024")
    public Integer from;

    @QueryParam("to")
    @Parameter(description = "Sista året (2000–2100), inte före from", example = "2024")
    public Integer to;

    /** 400 naming the parameter: an unknown objective or county code, a year outside 2000–2100, from after to. */
    void validate() {
        if (objective != null && Objective.findByIdOptional(objective).isEmpty()) {
            throw ProblemException.invalid("objective", "okänd miljömålskod");
        }
        if (county != null && County.findByIdOptional(county).isEmpty()) {
            throw ProblemException.invalid("county", "okänd länskod");
        }
        requireSupported("from", from);
        requireSupported("to", to);
        if (from != null && to != null && from > to) {
            throw ProblemException.invalid("from", "får inte vara senare än to (" + to + ")");
        }
    }

    private static void requireSupported(String parameter, Integer year) {
        if (year != null && !SupportedYears.contains(year)) {
            throw ProblemException.invalid(parameter, "året ska ligga mellan " + SupportedYears.FIRST + " och "
                    + SupportedYears.LAST);
        }
    }
}
