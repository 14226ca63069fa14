package se.rus.followup.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;
import se.rus.platform.web.Preconditions;

import java.util.List;

@Path("/api/v1/objectives/{code}/applicability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Län och miljömål")
public class ApplicabilityResource {

    @Inject
    Applicability applicability;

    @Inject
    ChangingApplicability changing;

    @Schema(name = "ObjectiveApplicability", description = "De län som följer upp miljömålet i RÅU")
    public record ApplicabilityView(@Schema(example = "STORSLAGEN_FJALLMILJO") String objectiveCode,
                                    @Schema(example = "Storslagen fjällmiljö") String objectiveName,
                                    @Schema(example = "[\"17\",\"20\",\"23\",\"24\",\"25\"]") List<String> countyCodes) {
    }

    @Schema(name = "ApplicabilityChange")
    public record ApplicabilityChange(
            @NotNull @Size(max = 21) @Schema(example = "[\"17\",\"20\",\"23\",\"24\",\"25\"]")
            List<@NotNull @Pattern(regexp = "^\\d{2}$", message = "ska vara en tvåsiffrig länskod") String> countyCodes) {
    }

    @GET
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY, Roles.NATURVARDSVERKET})
    @Operation(operationId = "getObjectiveApplicability", summary = "Vilka län som följer upp ett miljömål")
    @APIResponse(responseCode = "200", description = "Länen, med ETag", content = @Content(schema = @Schema(implementation = ApplicabilityView.class)))
    @APIResponse(responseCode = "404", description = "Okänt miljömål")
    public Response get(@PathParam("code") @Parameter(example = "STORSLAGEN_FJALLMILJO") String code) {
        Objective objective = ChangingApplicability.existing(code);
        return Response.ok(new ApplicabilityView(objective.code, objective.name, applicability.countiesFor(code)))
                .tag(Preconditions.etag(objective.applicabilityVersion)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "changeObjectiveApplicability", summary = "Ändra vilka län som följer upp ett miljömål (If-Match krävs)")
    @APIResponse(responseCode = "200", description = "Länen, med ny ETag (oförändrad om länen är desamma)", content = @Content(schema = @Schema(implementation = ApplicabilityView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig länskod")
    @APIResponse(responseCode = "404", description = "Okänt miljömål")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "422", description = "Okänd länskod")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response change(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ApplicabilityChange request) {
        Objective objective = changing.change(code, ifMatch, request.countyCodes());
        return Response.ok(new ApplicabilityView(objective.code, objective.name, applicability.countiesFor(code)))
                .tag(Preconditions.etag(objective.applicabilityVersion)).build();
    }
}
