package se.rus.followup.reference;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;

import java.util.List;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Län och miljömål")
public class ReferenceDataResource {

    public record CountyView(String code, String letter, String name) {
    }

    public record ObjectiveView(String code, int number, String name, boolean assessedRegionally) {
    }

    @GET
    @Path("counties")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY, Roles.NATURVARDSVERKET})
    @APIResponse(responseCode = "200", description = "Länen")
    @Operation(operationId = "listCounties", summary = "De 21 länen i länskodsordning")
    public List<CountyView> counties() {
        return County.<County>listAll(Sort.ascending("code")).stream()
                .map(c -> new CountyView(c.code, c.letter, c.name)).toList();
    }

    @GET
    @Path("objectives")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY, Roles.NATURVARDSVERKET})
    @APIResponse(responseCode = "200", description = "Målen i officiell ordning")
    @Operation(operationId = "listObjectives", summary = "Generationsmålet och de 16 miljökvalitetsmålen")
    public List<ObjectiveView> objectives() {
        return Objective.<Objective>listAll(Sort.ascending("number")).stream()
                .map(o -> new ObjectiveView(o.code, o.number, o.name, o.assessedRegionally)).toList();
    }
}
