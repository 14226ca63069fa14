package se.rus.platform.web;

import io.vertx.core.http.HttpClosedException;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientDisconnectsTest {

    @Test
    void aBodyReadCutOffByTheClientIsADisconnect() {
        // the shape RESTEasy Reactive's body reader throws when the client closes mid-body
        IOException failure = new IOException(new IOException(new HttpClosedException("Connection was closed")));
        assertTrue(ClientDisconnects.isDisconnect(failure));
        assertTrue(ClientDisconnects.isDisconnect(new IOException("Connection reset by peer")));
        assertTrue(ClientDisconnects.isDisconnect(new IOException("Broken pipe")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ClientDisconnects.isDisconnect(new IOException("No space left on device")));
        assertFalse(ClientDisconnects.isDisconnect(new IllegalStateException("Connection was closed")));
    }
}
