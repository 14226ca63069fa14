package se.rus.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for the services a test starts, below the kernel's ephemeral range (32768–60999 on Linux): a port from
 * that range can be taken by any outgoing connection between this check and the service's bind (followup could not
 * bind its port in FaultDrillsTest while a soak opened connections; finance lost its port in LocalRunCommandTest).
 */
final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final int BELOW = 32_000;

    private FreePorts() {
    }

    /** The first of {@code count} consecutive ports that are free now. */
    static int block(int count) throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = LOWEST + ThreadLocalRandom.current().nextInt(BELOW - LOWEST - count);
            if (allFree(base, count)) {
                return base;
            }
        }
        throw new IOException("no " + count + " consecutive free ports between " + LOWEST + " and " + BELOW);
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
