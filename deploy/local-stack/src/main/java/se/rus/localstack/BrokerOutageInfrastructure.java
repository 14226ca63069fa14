package se.rus.localstack;

import org.apache.kafka.common.test.KafkaClusterTestKit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared PostgreSQL and signing key of {@link RusTestInfrastructure}, but a Kafka broker of its
 * own that clients reach only through a {@link TcpProxy}, so a test can cut the broker off (an
 * outage) and restore it while the service keeps running.
 */
public class BrokerOutageInfrastructure extends RusTestInfrastructure {

    private static KafkaClusterTestKit kafka;
    private static TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try {
            startBrokerBehindProxy();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the broker behind a proxy", e);
        }
        config.put("kafka.bootstrap.servers", bootstrapServers());
        return config;
    }

    /** Where clients reach the broker: the proxy. */
    public static String bootstrapServers() {
        return "localhost:" + proxy.port();
    }

    public static TcpProxy proxy() {
        return proxy;
    }

    private static synchronized void startBrokerBehindProxy() throws Exception {
        if (kafka != null) {
            return;
        }
        int proxyPort = freePort();
        kafka = EmbeddedInfrastructure.startKafka(Files.createTempDirectory("rus-outage-kafka-"),
                Map.of("advertised.listeners", "EXTERNAL://localhost:" + proxyPort));
        String[] broker = kafka.bootstrapServers().split(",")[0].split(":");
        proxy = new TcpProxy(proxyPort, new InetSocketAddress(broker[0], Integer.parseInt(broker[1])));
        proxy.restore();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            proxy.close();
            try {
                kafka.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "rus-outage-kafka-shutdown"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
