package se.rus.planning.organisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.web.IdempotentRequests;
import se.rus.planning.organisation.MemberEvents.MemberState;
import se.rus.planning.plan.Plan;
import se.rus.platform.security.Roles;
import se.rus.platform.web.MergePatch;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.QueryParameters;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.Sorting;

import java.util.UUID;

@Path("/api/v1/plans/{year}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation", description = "Styrgruppens och arbetsgruppens ledamöter under året")
@RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
public class MemberResource {

    private static final Sorting<Void> MEMBER_ORDER = Sorting.<Void>by().column("group", "memberGroup")
            .column("name", "name").column("organisation", "organisation").column("joinedOn", "joinedOn");

    @Inject
    RecordingMembers recordingMembers;

    @Inject
    MergePatch mergePatch;

    @Inject
    IdempotentRequests idempotentRequests;

    @GET
    @Operation(operationId = "listMembers", summary = "Lista årets ledamöter: styrgruppen först, i listad ordning")
    @APIResponse(responseCode = "200", description = "En sida ledamöter")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning eller filter")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    public Page<MemberState> list(@PathParam("year") @Parameter(example = "2024") int year,
                                  @Valid @BeanParam PageRequest page,
                                  @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"group", "-group", "name", "-name", "organisation", "-organisation", "joinedOn", "-joinedOn"})) String sort,
                                  @QueryParam("group") @Parameter(description = "Bara denna grupp", example = "WORKING", schema = @Schema(implementation = MemberGroup.class)) String groupParam) {
        MemberGroup group = QueryParameters.read("group", groupParam, MemberGroup.class);
        Sort order = MEMBER_ORDER.sort(sort, Sort.by("memberGroup").and("position"));
        Page<MemberState> members = group == null
                ? Page.of(Member.find("year", order, year), page, MemberState::of)
                : Page.of(Member.find("year = ?1 and memberGroup = ?2", order, year, group), page, MemberState::of);
        if (members.items().isEmpty()) {
            Plan.requireByYear(year); // only an empty page needs to ask whether the plan exists
        }
        return members;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "addMember", summary = "Lägg till en ledamot i styr- eller arbetsgruppen")
    @APIResponse(responseCode = "201", description = "Ledamoten lades till", content = @Content(schema = @Schema(implementation = MemberState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra organisationen")
    @APIResponse(responseCode = "404", description = "Ingen plan för året")
    @APIResponse(responseCode = "409", description = "Personen finns redan i gruppen")
    @APIResponse(responseCode = "422", description = "Idempotency-Key användes tidigare med en annan kropp")
    public Response add(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Valfri nyckel för säkra omförsök", example = "7f3c9a2e-vp-2024-1") String idempotencyKey,
                        @PathParam("year") int year, @Valid @NotNull MemberContent input, UriInfo uri) {
        return idempotentRequests.once(idempotencyKey, uri, input, () -> {
            Member member = recordingMembers.join(year, input);
            return Response.created(uri.getAbsolutePathBuilder().path(member.id.toString()).build())
                    .tag(Preconditions.etag(member.version)).entity(MemberState.of(member)).build();
        });
    }

    @GET
    @Path("{memberId}")
    @Operation(operationId = "getMember", summary = "Hämta en ledamot")
    @APIResponse(responseCode = "200", description = "Ledamoten, med ETag", content = @Content(schema = @Schema(implementation = MemberState.class)))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "404", description = "Ingen sådan ledamot under året")
    public Response get(@PathParam("year") int year, @PathParam("memberId") UUID memberId) {
        Member member = Member.require(year, memberId);
        return Response.ok(MemberState.of(member)).tag(Preconditions.etag(member.version)).build();
    }

    @PUT
    @Path("{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "replaceMember", summary = "Ersätt en ledamots uppgifter (t.ex. avgått och ersatts av)")
    @APIResponse(responseCode = "200", description = "Den ändrade ledamoten, med ny ETag", content = @Content(schema = @Schema(implementation = MemberState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra organisationen")
    @APIResponse(responseCode = "404", description = "Ingen sådan ledamot under året")
    @APIResponse(responseCode = "409", description = "Personen finns redan i gruppen")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response replace(@PathParam("year") int year, @PathParam("memberId") UUID memberId,
                            @HeaderParam("If-Match") @Parameter(description = "Ledamotens ETag", example = "\"0\"") String ifMatch,
                            @Valid @NotNull MemberContent input) {
        Member member = recordingMembers.replace(year, memberId, ifMatch, input);
        return Response.ok(MemberState.of(member)).tag(Preconditions.etag(member.version)).build();
    }

    @PATCH
    @Path("{memberId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "patchMember", summary = "Ändra delar av en ledamots uppgifter (JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "Den ändrade ledamoten, med ny ETag", content = @Content(schema = @Schema(implementation = MemberState.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra organisationen")
    @APIResponse(responseCode = "404", description = "Ingen sådan ledamot under året")
    @APIResponse(responseCode = "409", description = "Personen finns redan i gruppen")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response patch(@PathParam("year") int year, @PathParam("memberId") UUID memberId,
                          @HeaderParam("If-Match") @Parameter(description = "Ledamotens ETag", example = "\"0\"") String ifMatch,
                          @Schema(implementation = MemberContent.class) String patch) throws JsonProcessingException {
        MemberContent input = mergePatch.apply(MemberContent.of(Member.require(year, memberId)), patch, MemberContent.class);
        Member member = recordingMembers.replace(year, memberId, ifMatch, input);
        return Response.ok(MemberState.of(member)).tag(Preconditions.etag(member.version)).build();
    }

    @DELETE
    @Path("{memberId}")
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "removeMember", summary = "Ta bort en ledamot ur årets organisation (felregistrering)")
    @APIResponse(responseCode = "204", description = "Ledamoten togs bort")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen får ändra organisationen")
    @APIResponse(responseCode = "404", description = "Ingen sådan ledamot under året")
    @APIResponse(responseCode = "412", description = "If-Match matchar inte nuvarande version")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response remove(@PathParam("year") int year, @PathParam("memberId") UUID memberId,
                           @HeaderParam("If-Match") @Parameter(description = "Ledamotens ETag", example = "\"0\"") String ifMatch) {
        recordingMembers.remove(year, memberId, ifMatch);
        return Response.noContent().build();
    }
}
