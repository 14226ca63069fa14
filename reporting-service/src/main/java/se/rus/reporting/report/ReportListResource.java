package se.rus.reporting.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.Roles;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Verksamhetsberättelsen per år: JSON, Markdown, HTML eller PDF")
public class ReportListResource {

    @Inject
    ListingReports listing;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY, Roles.NATURVARDSVERKET})
    @Operation(operationId = "listReports", summary = "Åren som har en verksamhetsberättelse, med status; "
            + "Naturvårdsverket ser bara år med en godkänd version")
    @APIResponse(responseCode = "200", description = "En sida år, äldst först")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte läsa verksamhetsberättelser")
    public Page<ReportYearView> list(@Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        return Page.of(listing.years(ReportResource.readsOnlyApproved(security)), page);
    }
}
