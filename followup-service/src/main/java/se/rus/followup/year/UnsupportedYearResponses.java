package se.rus.followup.year;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import se.rus.platform.web.ProblemResponses;

/**
 * {@link YearsInRange} answers 404 on every path with a {@code {year}}; the contract says so on each
 * of those operations that does not document a 404 of its own. Applied at build time: a filter left for runtime
 * makes every start build the whole document (~0.3 s of the service's start-up).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class UnsupportedYearResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.contains("{year}")) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                APIResponses responses = operation.getResponses();
                if (responses != null && !responses.hasAPIResponse("404")) {
                    responses.addAPIResponse("404", OASFactory.createAPIResponse().description(
                            "Året ligger utanför de år tjänsten har (" + Years.FIRST + "–" + Years.LAST + ")")
                            .content(ProblemResponses.problemContent()));
                }
            });
        });
    }
}
