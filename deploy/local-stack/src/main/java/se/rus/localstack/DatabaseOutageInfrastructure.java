package se.rus.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared infrastructure of {@link RusTestInfrastructure}, but the service reaches PostgreSQL only through a
 * {@link TcpProxy}, so a test can cut the database off (an outage: open connections drop, new ones are refused)
 * and restore it while the service keeps running.
 */
public class DatabaseOutageInfrastructure extends RusTestInfrastructure {

    private static final Pattern HOST_AND_PORT = Pattern.compile("//([^:/]+):(\\d+)/");
    private static TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String url = config.get("quarkus.datasource.jdbc.url");
        Matcher target = HOST_AND_PORT.matcher(url);
        if (!target.find()) {
            throw new IllegalStateException("no host and port in " + url);
        }
        TcpProxy started = proxy(new InetSocketAddress(target.group(1), Integer.parseInt(target.group(2))));
        config.put("quarkus.datasource.jdbc.url", target.replaceFirst("//localhost:" + started.port() + "/"));
        return config;
    }

    /** The proxy between the service and PostgreSQL. */
    public static synchronized TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("the infrastructure has not started");
        }
        return proxy;
    }

    private static synchronized TcpProxy proxy(InetSocketAddress database) {
        if (proxy == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                proxy = new TcpProxy(socket.getLocalPort(), database);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                proxy.restore();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(proxy::close, "rus-database-proxy-shutdown"));
        }
        return proxy;
    }
}
