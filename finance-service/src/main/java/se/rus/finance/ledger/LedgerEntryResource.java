package se.rus.finance.ledger;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.finance.post.BudgetPost;
import se.rus.finance.year.FinancialYear;
import se.rus.platform.web.IdempotentRequests;
import se.rus.platform.security.Roles;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.Problem;
import se.rus.platform.web.ProblemMappers;
import se.rus.platform.web.Sorting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/api/v1/years/{year}/ledger-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "Huvudbok (utfall): verifikationer läggs till, ändras eller tas aldrig bort")
public class LedgerEntryResource {

    private static final Sorting<Void> ENTRY_ORDER = Sorting.<Void>by().column("entryDate", "entryDate")
            .column("amount", "amount").column("counterpart", "counterpart").column("category", "category")
            .column("externalRef", "externalRef").column("recordedAt", "recordedAt");

    @Inject
    IdempotentRequests idempotent;

    @Inject
    RecordingLedgerEntry recording;

    @Schema(name = "NewLedgerEntry")
    public record NewEntry(
            @NotNull @Schema(example = "0b8f6c1e-3a52-4d7e-9d1b-2f4c6a8e0b13") UUID postId,
            @NotNull @Schema(example = "2024-10-15") LocalDate entryDate,
            @NotNull @Digits(integer = 13, fraction = 2)
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, pattern = LedgerEntry.AMOUNT_PATTERN, example = "30000.00",
                    description = "Negativt för rättelser, t.ex. \"-1250.00\"")
            BigDecimal amount,
            @NotBlank @Size(max = 2000) @Schema(example = "Omfördelning till projekt: hållbarhetsveckan") String text,
            @Size(max = 300) @Schema(example = "Västerbotten (hållbarhetsveckan)") String counterpart,
            @Schema(description = "Aktivitet i verksamhetsplanen; en opak referens som ekonomitjänsten inte kontrollerar (den känner inte planen)") UUID activityId,
            @NotNull @Schema(example = "REALLOCATION_TO_COUNTY") EntryCategory category,
            @Size(max = 100) @Schema(example = "2024-PRO-006", description = "Unik per år; importen matchar på den")
            String externalRef) {

        EntryContent entry() {
            return new EntryContent(postId, entryDate, amount, text, blankToNull(counterpart),
                    activityId, category, blankToNull(externalRef));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }

    @Schema(name = "LedgerEntry")
    public record EntryView(UUID id, @Schema(example = "2024") int year, UUID postId,
                            @Schema(example = "Projekt/insatser") String postName,
                            @Schema(example = "2024-10-15") LocalDate entryDate,
                            @JsonFormat(shape = JsonFormat.Shape.STRING)
                            @Schema(type = SchemaType.STRING, example = "30000.00") BigDecimal amount,
                            @Schema(example = "Omfördelning till projekt: hållbarhetsveckan") String text,
                            @Schema(example = "Västerbotten (hållbarhetsveckan)") String counterpart,
                            UUID activityId, EntryCategory category,
                            @Schema(example = "2024-PRO-006") String externalRef, Instant recordedAt) {
        static EntryView of(LedgerEntry entry, String postName) {
            return new EntryView(entry.id, entry.year, entry.postId, postName, entry.entryDate,
                    entry.amount.setScale(2), entry.text, entry.counterpart, entry.activityId, entry.category,
                    entry.externalRef, entry.recordedAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "recordLedgerEntry", summary = "Bokför en verifikation (utfall) på en budgetpost")
    @APIResponse(responseCode = "201", description = "Bokförd", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "Ogiltig indata, t.ex. tre decimaler eller datum utanför året")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    @APIResponse(responseCode = "409", description = "Året är stängt eller externalRef finns redan")
    @APIResponse(responseCode = "422", description = "Okänd budgetpost, eller Idempotency-Key användes med en annan begäran")
    public Response record(@PathParam("year") int year, @Valid @NotNull NewEntry input,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotent.once(idempotencyKey, uri, input, () -> {
            LedgerEntry entry = recording.record(year, input.entry());
            String postName = BudgetPost.<BudgetPost>findById(entry.postId).name;
            return Response.created(uri.getAbsolutePathBuilder().path(entry.id.toString()).build())
                    .tag(Preconditions.etag(LedgerEntry.VERSION)).entity(EntryView.of(entry, postName)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "listLedgerEntries", summary = "Lista verifikationer i datumordning, med filter")
    @APIResponse(responseCode = "200", description = "En sida verifikationer")
    @APIResponse(responseCode = "400", description = "Ogiltigt filter")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    public Page<EntryView> list(@PathParam("year") int year, @BeanParam LedgerFilter filter,
                                @Valid @BeanParam PageRequest page,
                                @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"entryDate", "-entryDate", "amount", "-amount", "counterpart", "-counterpart", "category", "-category", "externalRef", "-externalRef", "recordedAt", "-recordedAt"})) String sort) {
        LedgerFilter.Query query = filter.toQuery(year); // a malformed filter is a 400 whether or not the year exists
        Map<UUID, String> postNames = postNames(year);
        Page<EntryView> entries = Page.of(LedgerEntry.find(query.where(),
                        ENTRY_ORDER.sort(sort, Sort.ascending("entryDate", "seq")), query.parameters()), page,
                (LedgerEntry entry) -> EntryView.of(entry, postNames.get(entry.postId)));
        if (postNames.isEmpty()) {
            FinancialYear.require(year); // a year without posts may be no year at all
        }
        return entries;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "getLedgerEntry", summary = "Hämta en verifikation")
    @APIResponse(responseCode = "200", description = "Verifikationen, med ETag", content = @Content(schema = @Schema(implementation = EntryView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "404", description = "Verifikationen finns inte")
    public Response get(@PathParam("year") int year, @PathParam("id") UUID id) {
        LedgerEntry.Named named = LedgerEntry.requireNamed(year, id);
        return Response.ok(EntryView.of(named.entry(), named.postName()))
                .tag(Preconditions.etag(LedgerEntry.VERSION)).build();
    }

    @PUT
    @Path("{id}")
    @Authenticated // any role gets the 405; the contract documents that a token is needed
    @Operation(operationId = "replaceLedgerEntry", summary = "Inte tillåtet: huvudboken ändras inte; bokför en rättelse")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "405", description = "Huvudboken är oföränderlig")
    public Response replace(@PathParam("year") int year, @PathParam("id") String id, UriInfo uri) {
        return appendOnly(uri);
    }

    @PATCH
    @Path("{id}")
    @Authenticated // any role gets the 405; the contract documents that a token is needed
    @Operation(operationId = "patchLedgerEntry", summary = "Inte tillåtet: huvudboken ändras inte; bokför en rättelse")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "405", description = "Huvudboken är oföränderlig")
    public Response patch(@PathParam("year") int year, @PathParam("id") String id, UriInfo uri) {
        return appendOnly(uri);
    }

    @DELETE
    @Path("{id}")
    @Authenticated // any role gets the 405; the contract documents that a token is needed
    @Operation(operationId = "deleteLedgerEntry", summary = "Inte tillåtet: huvudboken ändras inte; bokför en rättelse")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "405", description = "Huvudboken är oföränderlig")
    public Response delete(@PathParam("year") int year, @PathParam("id") String id, UriInfo uri) {
        return appendOnly(uri);
    }

    static Map<UUID, String> postNames(int year) {
        return BudgetPost.ofYear(year).stream().collect(Collectors.toMap(post -> post.id, post -> post.name));
    }

    private static Response appendOnly(UriInfo uri) {
        return Response.status(405).header("Allow", "GET").type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("method-not-allowed"), "Huvudboken ändras inte", 405,
                        "Verifikationer ändras eller tas aldrig bort; bokför en rättelse (CORRECTION) som ny verifikation",
                        ProblemMappers.instance(uri), List.of()))
                .build();
    }
}
