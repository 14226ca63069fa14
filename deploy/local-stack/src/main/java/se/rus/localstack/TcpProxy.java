package se.rus.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy a test can cut and restore, to put a real server out of reach (an outage)
 * without stopping it. Clients must only know the proxy's port.
 */
public final class TcpProxy implements AutoCloseable {

    private final int port;
    private volatile InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    public TcpProxy(int port, InetSocketAddress target) {
        this.port = port;
        this.target = target;
    }

    public int port() {
        return port;
    }

    /** Where new connections go from now on, e.g. a restarted server listening on another port. */
    public void retarget(InetSocketAddress newTarget) {
        this.target = newTarget;
    }

    /** Accepts connections again on the same port. */
    public synchronized void restore() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = listening;
        Thread acceptor = new Thread(() -> accept(listening), "tcp-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Refuses new connections and drops every open one, as a network outage would. */
    public synchronized void cut() {
        ServerSocket listening = server;
        server = null;
        closeQuietly(listening);
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                InetSocketAddress to = target;
                Socket upstream = new Socket(to.getAddress(), to.getPort());
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException closedOrRefused) {
                // the proxy was cut, or the target refused: the client sees a dropped connection
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException dropped) {
                // one side closed: close both below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is best effort
        }
    }

    @Override
    public void close() {
        cut();
    }
}
