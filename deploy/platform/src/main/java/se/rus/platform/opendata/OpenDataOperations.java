package se.rus.platform.opendata;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import se.rus.platform.web.ProblemResponses;

import java.util.ArrayList;

/**
 * Documents every operation under {@code /api/v1/open/} as what {@link OpenData} makes it: explicitly without a
 * security requirement ({@code security: []}, "open to everyone", which the suite's role matrix reads so), and
 * with the answers the gate gives before the resource is reached: 404 while open data is switched off and 429 with
 * {@code Retry-After} past the rate limit (both problem+json). Resources document only their own answers.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenDataOperations implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith(OpenData.PATH)) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                operation.setSecurity(new ArrayList<>());
                APIResponses responses = operation.getResponses();
                if (!responses.hasAPIResponse("404")) {
                    responses.addAPIResponse("404", OASFactory.createAPIResponse()
                            .description("Resursen finns inte, eller öppna data är avstängda (RUS_OPEN_DATA=false)")
                            .content(ProblemResponses.problemContent()));
                }
                responses.addAPIResponse("429", OASFactory.createAPIResponse()
                        .description("För många förfrågningar från klienten; Retry-After säger om hur många sekunder den får fråga igen")
                        .addHeader("Retry-After", OASFactory.createHeader().description("Sekunder att vänta")
                                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)))
                        .content(ProblemResponses.problemContent()));
            });
        });
    }
}
