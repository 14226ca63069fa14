package se.rus.reporting.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import se.rus.reporting.projection.EventIntake;
import se.rus.reporting.projection.FinancePayloads;
import se.rus.reporting.projection.FollowupPayloads;
import se.rus.reporting.projection.PlanningPayloads;
import se.rus.reporting.projection.ProjectionGate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Use case: rebuild the read model from the topics. The projections and their inbox rows are
 * cleared, then a fresh consumer (its own group id, from the beginning) replays every topic up to
 * the end offsets seen at the start. The live consumers wait at the gate meanwhile and then carry
 * on; whatever the replay already applied is skipped by the inbox. Approved versions and drafts
 * are not projections and stay as they are.
 */
@ApplicationScoped
public class RebuildingProjections {

    private static final Logger LOG = Logger.getLogger(RebuildingProjections.class);
    private static final List<String> TOPICS = List.of(PlanningPayloads.TOPIC, FinancePayloads.TOPIC, FollowupPayloads.TOPIC);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ProjectionGate gate;

    @Inject
    ClearingProjections clearing;

    @Inject
    EventIntake intake;

    @Schema(name = "ProjectionRebuild")
    public record Rebuild(@Schema(example = "[\"rus.planning.v1\",\"rus.finance.v1\",\"rus.followup.v1\"]") List<String> topics,
                          @Schema(example = "1342") long eventsRead, Instant startedAt, Instant finishedAt) {
    }

    public Rebuild rebuild() {
        Instant started = Instant.now();
        AtomicLong read = new AtomicLong();
        gate.run(() -> {
            clearing.clear();
            read.set(replay());
        });
        LOG.infof("projections rebuilt from %d events", read.get());
        return new Rebuild(TOPICS, read.get(), started, Instant.now());
    }

    private long replay() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "reporting-service-rebuild-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        long count = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                List<ConsumerRecord<String, String>> polled = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition)) {
                        polled.add(record);
                    }
                }
                // a poll at a time, as the live consumers take them: one transaction per topic and poll
                intake.takeAll(polled);
                count += polled.size();
            }
        }
        return count;
    }
}
