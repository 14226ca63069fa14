package se.rus.followup.rau;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.QueryParameters;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.Sorting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/rau/{year}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "RÅU", description = "Regional årlig uppföljning av miljömålen")
public class SubmissionResource {

    private static final Sorting<Void> SUBMISSION_ORDER = Sorting.<Void>by().column("countyCode", "countyCode")
            .column("objectiveCode", "objectiveCode").column("status", "status").column("submittedAt", "submittedAt");

    @Inject
    ReviewingSubmission reviewing;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CountyScope countyScope;

    @Schema(name = "NewRauSubmission")
    public record NewSubmission(
            @NotNull @Pattern(regexp = "^\\d{2}$", message = "ska vara en tvåsiffrig länskod") @Schema(example = "21") String countyCode,
            @NotBlank @Schema(example = "LEVANDE_SKOGAR") String objectiveCode,
            @Schema(example = "NO") Assessment assessment,
            @Schema(example = "NEUTRAL") Trend trend,
            @Size(max = 20000) @Schema(example = "Miljökvalitetsmålet nås inte i Gävleborgs län. Skogsbruket påverkar den biologiska mångfalden.") String summary,
            @Size(max = 20000) @Schema(example = "Formellt skydd av skog och naturvårdsavtal.") String measures) {
    }

    @Schema(name = "RauReview")
    public record Review(@Size(max = 5000) @Schema(example = "Komplettera med trenden för miljötillståndet.") String comment) {
    }

    @Schema(name = "RauReturn")
    public record ReturnRequest(@NotBlank @Size(max = 5000) @Schema(example = "Bedömningen saknar motivering; komplettera sammanfattningen.") String comment) {
    }

    @Schema(name = "RauSubmission")
    public record SubmissionView(UUID id, int year, String countyCode, String objectiveCode, Assessment assessment,
                                 Trend trend, String summary, String measures, SubmissionStatus status,
                                 String reviewerComment,
                                 @Schema(description = "Senast inskickad efter omgångens sista dag (svensk tid)") boolean late,
                                 @Schema(nullable = true, description = "När underlaget senast skickades in") Instant submittedAt,
                                 long version,
                                 @Schema(description = "Utanför omgången: länet eller miljömålet togs bort ur omgången efter att underlaget skapades") boolean outsideRound) {
        static SubmissionView of(RauSubmission s) {
            return of(s, RauRound.findByYear(s.year));
        }

        static SubmissionView of(RauSubmission s, Optional<RauRound> round) {
            boolean outside = round.map(r -> !r.covers(s.countyCode, s.objectiveCode)).orElse(false);
            return new SubmissionView(s.id, s.year, s.countyCode, s.objectiveCode, s.assessment, s.trend, s.summary,
                    s.measures, s.status, s.reviewerComment, s.late, s.submittedAt, s.version, outside);
        }
    }

    @Schema(name = "RauStatusChange")
    public record StatusChangeView(SubmissionStatus fromStatus, SubmissionStatus toStatus, String comment,
                                   @Schema(example = "anna.andersson") String actor,
                                   @Schema(example = "Länsstyrelsen Gävleborg") String organisation, Instant changedAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNTY, Roles.WORKING_GROUP})
    @Operation(operationId = "draftRauSubmission", summary = "Påbörja länets uppföljning av ett miljömål (utkast)")
    @APIResponse(responseCode = "201", description = "Utkastet skapades", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "403", description = "Länet får bara skriva sin egen uppföljning")
    @APIResponse(responseCode = "409", description = "Länet har redan ett underlag för målet, eller omgången är stängd")
    @APIResponse(responseCode = "422", description = "Ingen omgång, målet/länet ingår inte i den, eller Idempotency-Key användes med en annan kropp")
    public Response draft(@HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Valfri nyckel för säkra omförsök", example = "rau-2024-21-LEVANDE_SKOGAR") String idempotencyKey,
                          @PathParam("year") int year, @Valid @NotNull NewSubmission request, UriInfo uri) {
        return idempotentRequests.once(idempotencyKey, uri, request, () -> {
            RauSubmission submission = reviewing.draft(year, request.countyCode(), request.objectiveCode(),
                    new SubmissionContent(request.assessment(), request.trend(), request.summary(), request.measures()));
            return Response.created(uri.getAbsolutePathBuilder().path(submission.id.toString()).build())
                    .tag(Preconditions.etag(submission.version)).entity(SubmissionView.of(submission)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
    @Operation(operationId = "listRauSubmissions", summary = "Lista årets underlag, filtrerbart på län, miljömål och status",
            description = "Ett län ser sina egna underlag i alla statusar och andra läns först när de är inskickade eller godkända.")
    @APIResponse(responseCode = "200", description = "En sida underlag")
    @APIResponse(responseCode = "400", description = "Ogiltigt filter eller sidindelning")
    public Page<SubmissionView> list(@PathParam("year") int year,
                                     @QueryParam("countyCode") @Parameter(example = "21") String countyCode,
                                     @QueryParam("objectiveCode") @Parameter(example = "LEVANDE_SKOGAR") String objectiveCode,
                                     @QueryParam("status") @Parameter(example = "SUBMITTED", schema = @Schema(implementation = SubmissionStatus.class)) String status,
                                     @Valid @BeanParam PageRequest page,
                                     @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"countyCode", "-countyCode", "objectiveCode", "-objectiveCode", "status", "-status", "submittedAt", "-submittedAt"})) String sort) {
        StringBuilder query = new StringBuilder("year = :year");
        Parameters parameters = Parameters.with("year", year);
        if (countyCode != null && !countyCode.isBlank()) {
            query.append(" and countyCode = :county");
            parameters.and("county", countyCode);
        }
        if (objectiveCode != null && !objectiveCode.isBlank()) {
            query.append(" and objectiveCode = :objective");
            parameters.and("objective", objectiveCode);
        }
        if (status != null && !status.isBlank()) {
            query.append(" and status = :status");
            parameters.and("status", QueryParameters.read("status", status, SubmissionStatus.class));
        }
        String visible = countyScope.visibility().restrict(query.toString(), parameters);
        Optional<RauRound> round = RauRound.findByYear(year); // once for the page, not once per submission
        return Page.of(RauSubmission.find(visible,
                        SUBMISSION_ORDER.sort(sort, Sort.by("countyCode").and("objectiveCode")), parameters),
                page, (RauSubmission s) -> SubmissionView.of(s, round));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
    @Operation(operationId = "getRauSubmission", summary = "Hämta ett underlag")
    @APIResponse(responseCode = "200", description = "Underlaget, med ETag", content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "404", description = "Inget sådant underlag för året, eller ett annat läns underlag som ännu inte är inskickat")
    public Response get(@PathParam("year") int year, @PathParam("id") UUID id) {
        RauSubmission submission = reviewing.visible(year, id);
        return Response.ok(SubmissionView.of(submission)).tag(Preconditions.etag(submission.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNTY, Roles.WORKING_GROUP})
    @Operation(operationId = "reviseRauSubmission", summary = "Spara länets underlag (utkast eller returnerat; If-Match krävs)")
    @APIResponse(responseCode = "200", description = "Underlaget, med ny ETag", content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "403", description = "Länet får bara skriva sin egen uppföljning")
    @APIResponse(responseCode = "404", description = "Inget sådant underlag")
    @APIResponse(responseCode = "409", description = "Underlaget är inskickat eller godkänt och kan inte ändras, eller omgången är stängd")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response revise(@PathParam("year") int year, @PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SubmissionContent content) {
        return ok(reviewing.revise(year, id, ifMatch, content));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.COUNTY, Roles.WORKING_GROUP})
    @Operation(operationId = "submitRauSubmission", summary = "Skicka in underlaget för granskning (efter sista dag: tas emot men markeras som sent)")
    @APIResponse(responseCode = "200", description = "Underlaget är inskickat, med submittedAt och late", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "403", description = "Länet får bara skicka in sin egen uppföljning")
    @APIResponse(responseCode = "404", description = "Inget sådant underlag")
    @APIResponse(responseCode = "409", description = "Underlaget är redan inskickat eller godkänt, eller omgången är stängd")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "422", description = "Bedömning, trend eller sammanfattning saknas")
    public Response submit(@PathParam("year") int year, @PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(reviewing.submit(year, id, ifMatch));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "returnRauSubmission", summary = "Returnera underlaget till länet med granskarens kommentar")
    @APIResponse(responseCode = "200", description = "Underlaget är returnerat", content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "400", description = "Kommentar saknas")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen granskar")
    @APIResponse(responseCode = "404", description = "Inget sådant underlag")
    @APIResponse(responseCode = "409", description = "Bara inskickade underlag kan returneras, och inte när omgången är stängd")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    public Response returnForRevision(@PathParam("year") int year, @PathParam("id") UUID id,
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      @Valid @NotNull ReturnRequest request) {
        return ok(reviewing.returnForRevision(year, id, ifMatch, request.comment()));
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "acceptRauSubmission", summary = "Godkänn underlaget efter kvalitetsgranskning")
    @APIResponse(responseCode = "200", description = "Underlaget är godkänt", content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen granskar")
    @APIResponse(responseCode = "404", description = "Inget sådant underlag")
    @APIResponse(responseCode = "409", description = "Bara inskickade underlag kan godkännas, och inte när omgången är stängd")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    public Response accept(@PathParam("year") int year, @PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid Review review) {
        return ok(reviewing.accept(year, id, ifMatch, review == null ? null : review.comment()));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY})
    @Operation(operationId = "listRauSubmissionHistory", summary = "Underlagets statusändringar, äldst först")
    @APIResponse(responseCode = "200", description = "Statusändringarna")
    @APIResponse(responseCode = "404", description = "Inget sådant underlag")
    public List<StatusChangeView> history(@PathParam("year") int year, @PathParam("id") UUID id) {
        RauSubmission submission = reviewing.visible(year, id);
        return RauStatusChange.<RauStatusChange>list("submissionId", Sort.by("changedAt"), submission.id).stream()
                .map(c -> new StatusChangeView(c.fromStatus, c.toStatus, c.comment, c.actor, c.organisation, c.changedAt))
                .toList();
    }

    private static Response ok(RauSubmission submission) {
        return Response.ok(SubmissionView.of(submission)).tag(Preconditions.etag(submission.version)).build();
    }

}
