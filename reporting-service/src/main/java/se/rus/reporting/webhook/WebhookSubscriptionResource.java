package se.rus.reporting.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.security.Roles;
import se.rus.platform.web.MergePatch;
import se.rus.platform.web.Page;
import se.rus.platform.web.PageRequest;
import se.rus.reporting.webhook.WebhookViews.DeliveryView;
import se.rus.reporting.webhook.WebhookViews.SecretView;
import se.rus.reporting.webhook.WebhookViews.SubscriptionView;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/webhooks/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Prenumerationer på händelser enligt Standard Webhooks 1.0 (README: Webhooks)")
@RolesAllowed({Roles.WORKING_GROUP, Roles.STEERING, Roles.COUNTY, Roles.NATURVARDSVERKET})
public class WebhookSubscriptionResource {

    @Inject
    SubscribingToWebhooks subscribing;

    @Inject
    CurrentActor actor;

    @Inject
    MergePatch mergePatch;

    @Context
    SecurityContext security;

    private Subscriber caller() {
        return Subscriber.of(security, actor.countyCode());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookSubscription", summary = "Prenumerera på händelser; svaret visar signeringsnyckeln en enda gång")
    @APIResponse(responseCode = "201", description = "Skapad, med secret (whsec_…)",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig indata: url (https, publik adress), eventTypes (okänd eller inte tillåten för rollen)")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte prenumerera")
    public Response create(@Valid @NotNull NewSubscription request) {
        SubscriptionView created = subscribing.subscribe(caller(), request);
        return Response.created(URI.create("/api/v1/webhooks/subscriptions/" + created.id())).entity(created).build();
    }

    @GET
    @Transactional
    @Operation(operationId = "listWebhookSubscriptions", summary = "Den egna organisationens prenumerationer (arbetsgruppen ser alla), äldst först")
    @APIResponse(responseCode = "200", description = "En sida prenumerationer, utan nycklar")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte prenumerera")
    public Page<SubscriptionView> list(@Valid @BeanParam PageRequest page) {
        Subscriber caller = caller();
        Sort order = Sort.ascending("createdAt", "id");
        var query = caller.audience().equals(Roles.WORKING_GROUP)
                ? WebhookSubscription.<WebhookSubscription>findAll(order)
                : caller.countyCode() == null
                ? WebhookSubscription.<WebhookSubscription>find("audience = ?1 and countyCode is null", order, caller.audience())
                : WebhookSubscription.<WebhookSubscription>find("audience = ?1 and countyCode = ?2", order, caller.audience(), caller.countyCode());
        return Page.of(query, page, s -> SubscriptionView.of(s, null));
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(operationId = "getWebhookSubscription", summary = "En prenumeration, med varför den är avstängd")
    @APIResponse(responseCode = "200", description = "Prenumerationen, utan nyckel")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte prenumerera")
    @APIResponse(responseCode = "404", description = "Ingen sådan prenumeration hos den egna organisationen")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return SubscriptionView.of(WebhookSubscription.visible(id, caller()), null);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchWebhookSubscription", summary = "Ändra url, eventTypes, description eller enabled (JSON Merge Patch)")
    @APIResponse(responseCode = "200", description = "Ändrad")
    @APIResponse(responseCode = "400", description = "Ogiltig indata, fältet namnges")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte prenumerera")
    @APIResponse(responseCode = "404", description = "Ingen sådan prenumeration hos den egna organisationen")
    public SubscriptionView patch(@PathParam("id") UUID id,
                                  @Schema(implementation = SubscriptionChange.class) String patch) throws JsonProcessingException {
        Subscriber caller = caller();
        SubscriptionChange change = mergePatch.apply(subscribing.current(id, caller), patch, SubscriptionChange.class);
        return subscribing.change(id, caller, change);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Avsluta en prenumeration; väntande meddelanden tas bort")
    @APIResponse(responseCode = "204", description = "Borttagen")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte prenumerera")
    @APIResponse(responseCode = "404", description = "Ingen sådan prenumeration hos den egna organisationen")
    public Response delete(@PathParam("id") UUID id) {
        subscribing.unsubscribe(id, caller());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Ny signeringsnyckel; den gamla signerar också i 24 timmar")
    @APIResponse(responseCode = "200", description = "Den nya nyckeln, visas bara här")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte prenumerera")
    @APIResponse(responseCode = "404", description = "Ingen sådan prenumeration hos den egna organisationen")
    public SecretView rotate(@PathParam("id") UUID id) {
        return subscribing.rotate(id, caller());
    }

    @POST
    @Path("{id}/test")
    @Operation(operationId = "testWebhookSubscription", summary = "Skicka ett testmeddelande (webhook.test) till mottagaren")
    @APIResponse(responseCode = "202", description = "Köat; leveransloggen visar utfallet",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte prenumerera")
    @APIResponse(responseCode = "404", description = "Ingen sådan prenumeration hos den egna organisationen")
    @APIResponse(responseCode = "409", description = "Prenumerationen är avstängd")
    public Response test(@PathParam("id") UUID id) {
        WebhookDelivery delivery = subscribing.ping(id, caller());
        return Response.accepted(DeliveryView.of(delivery)).build();
    }

    @GET
    @Path("{id}/deliveries")
    @Transactional
    @Operation(operationId = "listWebhookDeliveries", summary = "Leveransloggen, nyast först: varje försök med tid, status, svarstid och fel")
    @APIResponse(responseCode = "200", description = "En sida leveranser")
    @APIResponse(responseCode = "400", description = "Ogiltig sidindelning")
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte prenumerera")
    @APIResponse(responseCode = "404", description = "Ingen sådan prenumeration hos den egna organisationen")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        WebhookSubscription subscription = WebhookSubscription.visible(id, caller());
        return Page.of(WebhookDelivery.<WebhookDelivery>find("subscriptionId", Sort.descending("seq"), subscription.id),
                page, DeliveryView::of);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Skicka ett levererat eller uppgivet meddelande igen, med samma webhook-id")
    @APIResponse(responseCode = "202", description = "Köat igen",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "401", description = "Ingen eller ogiltig token")
    @APIResponse(responseCode = "403", description = "Rollen får inte prenumerera")
    @APIResponse(responseCode = "404", description = "Ingen sådan prenumeration eller leverans")
    @APIResponse(responseCode = "409", description = "Meddelandet väntar redan, eller prenumerationen är avstängd")
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        WebhookDelivery delivery = subscribing.redeliver(id, deliveryId, caller());
        return Response.accepted(DeliveryView.of(delivery)).build();
    }
}
