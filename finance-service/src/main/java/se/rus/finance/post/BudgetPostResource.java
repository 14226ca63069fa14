package se.rus.finance.post;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.finance.year.FinancialYear;
import se.rus.platform.web.IdempotentRequests;
import se.rus.platform.security.Roles;
import se.rus.platform.text.TextBlock;
import se.rus.platform.web.MergePatch;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.Sorting;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/years/{year}/budget-posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget posts", description = "Årets budgetposter i ordning, med budget och kommentar")
public class BudgetPostResource {

    private static final Sorting<PostView> POST_ORDER = Sorting.<PostView>by()
            .key("position", PostView::position).key("name", PostView::name).key("budget", PostView::budget);

    @Inject
    IdempotentRequests idempotent;

    @Inject
    KeepingBudgetPosts posts;

    @Inject
    MergePatch mergePatch;

    @Schema(name = "BudgetPostInput")
    public record PostInput(
            @NotBlank @Size(max = 300) @Schema(example = "Löner, resor m.m. RUS") String name,
            @NotNull @DecimalMin("0.00")
            @Digits(integer = 13, fraction = 2)
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, example = "3700000.00") BigDecimal budget,
            @Size(max = 200) List<@Valid TextBlock> comment,
            @Min(1)
            @Schema(example = "1", description = "1-baserad plats i tabellen; utelämnad: sist (ny) eller oförändrad")
            Integer position) {

        PostContent definition() {
            return new PostContent(name, budget, comment, position);
        }
    }

    @Schema(name = "BudgetPost")
    public record PostView(UUID id, @Schema(example = "2024") int year, @Schema(example = "1") int position,
                           @Schema(example = "Löner, resor m.m. RUS") String name,
                           @JsonFormat(shape = JsonFormat.Shape.STRING)
                           @Schema(type = SchemaType.STRING, example = "3700000.00") BigDecimal budget,
                           List<TextBlock> comment) {
        static PostView of(BudgetPost post) {
            return new PostView(post.id, post.year, post.position, post.name, post.budget.setScale(2), post.comment);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "defineBudgetPost", summary = "Lägg till en budgetpost för året")
    @APIResponse(responseCode = "201", description = "Posten skapades", content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    @APIResponse(responseCode = "409", description = "Året är stängt eller namnet finns redan")
    @APIResponse(responseCode = "422", description = "Idempotency-Key användes redan med en annan begäran")
    public Response define(@PathParam("year") int year, @Valid @NotNull PostInput input,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotent.once(idempotencyKey, uri, input, () -> {
            BudgetPost post = posts.define(year, input.definition());
            return Response.created(uri.getAbsolutePathBuilder().path(post.id.toString()).build())
                    .tag(Preconditions.etag(post.version)).entity(PostView.of(post)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "listBudgetPosts", summary = "Lista årets budgetposter i tabellens ordning")
    @APIResponse(responseCode = "200", description = "En sida budgetposter")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "404", description = "Året finns inte")
    public Page<PostView> list(@PathParam("year") int year, @Valid @BeanParam PageRequest page,
                               @QueryParam(Sorting.PARAMETER) @Parameter(description = Sorting.DESCRIPTION, schema = @Schema(enumeration = {"position", "-position", "name", "-name", "budget", "-budget"})) String sort) {
        List<PostView> all = BudgetPost.ofYear(year).stream().map(PostView::of).toList();
        if (all.isEmpty()) {
            FinancialYear.require(year); // only an empty list needs to ask whether the year exists
        }
        return Page.of(POST_ORDER.sorted(all, sort), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING})
    @Operation(operationId = "getBudgetPost", summary = "Hämta en budgetpost")
    @APIResponse(responseCode = "200", description = "Posten, med ETag", content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "404", description = "Posten finns inte")
    public Response get(@PathParam("year") int year, @PathParam("id") UUID id) {
        BudgetPost post = BudgetPost.require(year, id);
        return Response.ok(PostView.of(post)).tag(Preconditions.etag(post.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "replaceBudgetPost", summary = "Ändra namn, budget, kommentar eller plats för en budgetpost")
    @APIResponse(responseCode = "200", description = "Ändrad, med ny ETag", content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Posten finns inte")
    @APIResponse(responseCode = "409", description = "Året är stängt eller namnet finns redan")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response replace(@PathParam("year") int year, @PathParam("id") UUID id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PostInput input) {
        BudgetPost post = posts.change(year, id, ifMatch, input.definition());
        return Response.ok(PostView.of(post)).tag(Preconditions.etag(post.version)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "patchBudgetPost", summary = "Ändra delar av en budgetpost (JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "Ändrad, med ny ETag", content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Posten finns inte")
    @APIResponse(responseCode = "409", description = "Året är stängt eller namnet finns redan")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response patch(@PathParam("year") int year, @PathParam("id") UUID id,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Schema(implementation = PostInput.class) String patch) throws JsonProcessingException {
        BudgetPost current = BudgetPost.require(year, id);
        PostInput merged = mergePatch.apply(new PostInput(current.name, current.budget, current.comment, current.position),
                patch, PostInput.class);
        BudgetPost post = posts.change(year, id, ifMatch, merged.definition());
        return Response.ok(PostView.of(post)).tag(Preconditions.etag(post.version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.WORKING_GROUP)
    @Operation(operationId = "removeBudgetPost", summary = "Ta bort en budgetpost som saknar verifikationer")
    @APIResponse(responseCode = "204", description = "Borttagen")
    @APIResponse(responseCode = "401", description = "Ingen giltig token")
    @APIResponse(responseCode = "403", description = "Endast arbetsgruppen")
    @APIResponse(responseCode = "404", description = "Posten finns inte")
    @APIResponse(responseCode = "409", description = "Året är stängt eller posten har verifikationer")
    @APIResponse(responseCode = "412", description = "If-Match är inaktuell")
    @APIResponse(responseCode = "428", description = "If-Match saknas")
    public Response remove(@PathParam("year") int year, @PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        posts.remove(year, id, ifMatch);
        return Response.noContent().build();
    }
}
