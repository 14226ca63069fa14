package se.rus.platform.web;

import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

/**
 * A client that goes away while its request body is still being read (wrk stopping mid-request, a killed curl, a
 * closed browser tab) surfaces as an IOException from the body reader. That is no server error: it is logged at
 * DEBUG and answered to nobody. Any other IOException is an unexpected failure as before.
 */
public class ClientDisconnects {

    private static final Logger LOG = Logger.getLogger(ClientDisconnects.class);

    @ServerExceptionMapper
    public Response disconnected(IOException e, UriInfo uri) {
        if (!isDisconnect(e)) {
            return new ProblemMappers().unexpected(e, uri);
        }
        LOG.debugf("client closed the connection during %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
        return Response.status(400).build(); // nobody reads it; the status only keeps access logs honest
    }

    /** True when the failure, or any failure it was caused by, says the peer closed the connection. */
    static boolean isDisconnect(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
                return true;
            }
            String message = cause.getMessage();
            if (cause instanceof IOException && message != null
                    && (message.contains("Connection reset by peer") || message.contains("Broken pipe"))) {
                return true;
            }
        }
        return false;
    }
}
