package se.rus.followup.rau;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import se.rus.platform.security.Roles;
import se.rus.platform.web.MergePatch;
import se.rus.platform.web.Preconditions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/rau/{year}/round")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "RÅU", description = "Regional årlig uppföljning av miljömålen")
public class RoundResource {

    @Inject
    OpeningRound opening;

    @Inject
    ClosingRound closing;

    @Inject
    CorrectingRound correcting;

    @Inject
    MergePatch mergePatch;

    @Inject
    IdempotentRequests idempotentRequests;

    @Schema(name = "RauRound")
    public record RoundView(UUID id, int year, String instructions,
                            @Schema(example = "2025-01-31", description = "Sista dag (svensk tid); ett underlag som skickas in senare tas emot men markeras som sent") LocalDate deadline,
                            List<String> objectiveCodes, List<String> countyCodes,
                            @Schema(example = "OPEN", description = "CLOSED: inga underlag kan längre skapas eller ändras") RoundStatus status,
                            @Schema(nullable = true) Instant closedAt, long version) {
        static RoundView of(RauRound round) {
            return new RoundView(round.id, round.year, round.instructions, round.deadline,
                    List.copyOf(round.objectiveCodes), List.copyOf(round.countyCodes), round.status, round.closedAt,
                    round.version);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "openRauRound", summary = "Öppna årets RÅU med anvisningar och sista dag")
    @APIResponse(responseCode = "201", description = "Omgången öppnades", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "409", description = "Årets RÅU är redan öppnad")
    @APIResponse(responseCode = "422", description = "Okänt miljömål eller län, eller Idempotency-Key användes med en annan kropp")
    public Response open(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Valfri nyckel för säkra omförsök", example = "rau-2024") String idempotencyKey,
                         @PathParam("year") int year, @Valid @NotNull RoundContent request, UriInfo uri) {
        return idempotentRequests.once(idempotencyKey, uri, request, () -> {
            RauRound round = opening.open(year, request);
            return Response.created(uri.getAbsolutePath()).tag(Preconditions.etag(round.version))
                    .entity(RoundView.of(round)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
    @Operation(operationId = "getRauRound", summary = "Hämta årets RÅU-omgång")
    @APIResponse(responseCode = "200", description = "Omgången, med ETag", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "404", description = "Ingen omgång för året")
    public Response get(@PathParam("year") int year) {
        RauRound round = RauRound.existing(year);
        return Response.ok(RoundView.of(round)).tag(Preconditions.etag(round.version)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "correctRauRound", summary = "Rätta en öppen omgång: anvisningar, sista dag, miljömål och län (If-Match krävs)")
    @APIResponse(responseCode = "200", description = "Omgången rättades, med ny ETag; ett underlag för ett mål eller län som tagits bort ligger kvar, markerat utanför omgången", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Ingen omgång för året")
    @APIResponse(responseCode = "409", description = "Omgången är stängd")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "422", description = "Okänt miljömål eller län")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response correct(@PathParam("year") int year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull RoundContent change) {
        return corrected(correcting.correct(year, ifMatch, change));
    }

    private static Response corrected(RauRound round) {
        return Response.ok(RoundView.of(round)).tag(Preconditions.etag(round.version)).build();
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "patchRauRound", summary = "Rätta delar av en öppen omgång (JSON Merge Patch, If-Match krävs)")
    @APIResponse(responseCode = "200", description = "Omgången rättades, med ny ETag", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Ingen omgång för året")
    @APIResponse(responseCode = "409", description = "Omgången är stängd")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "422", description = "Okänt miljömål eller län")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response patch(@PathParam("year") int year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Schema(implementation = RoundContent.class) String patch) throws JsonProcessingException {
        RauRound current = RauRound.existing(year);
        RoundContent change = mergePatch.apply(new RoundContent(current.instructions, current.deadline,
                List.copyOf(current.objectiveCodes), List.copyOf(current.countyCodes)), patch, RoundContent.class);
        return corrected(correcting.correct(year, ifMatch, change));
    }

    @Schema(name = "RauRoundChange")
    public record ChangeView(@Schema(example = "2024-11-04T09:15:00Z") Instant changedAt,
                             @Schema(example = "magnus.eriksson") String changedBy,
                             RauEvents.RoundState before, RauEvents.RoundState after) {
    }

    @GET
    @Path("history")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
    @Operation(operationId = "listRauRoundHistory", summary = "Omgångens rättelser, äldst först")
    @APIResponse(responseCode = "200", description = "Rättelserna: före och efter")
    @APIResponse(responseCode = "404", description = "Ingen omgång för året")
    public List<ChangeView> history(@PathParam("year") int year) {
        RauRound.existing(year);
        return RauRoundChange.<RauRoundChange>list("year", Sort.ascending("changedAt"), year).stream()
                .map(c -> new ChangeView(c.changedAt, c.changedBy, c.before, c.after)).toList();
    }

    @POST
    @Path("close")
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "closeRauRound", summary = "Stäng årets RÅU: därefter kan inga underlag skapas, ändras, skickas in, returneras eller godkännas (If-Match krävs)")
    @APIResponse(responseCode = "200", description = "Omgången är stängd, med ny ETag", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Ingen omgång för året")
    @APIResponse(responseCode = "409", description = "Omgången är redan stängd")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response close(@PathParam("year") int year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RauRound round = closing.close(year, ifMatch);
        return Response.ok(RoundView.of(round)).tag(Preconditions.etag(round.version)).build();
    }
}
