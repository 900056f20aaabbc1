package dev.runspec.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.RunValidator;
import dev.runspec.generator.GeneratedRun;
import dev.runspec.generator.RunGenerator;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every body the simulator would send, built from many generated runs of every status (each from
 * a run of another status, so that every kind of delivery is built), conforms to its webhook schema
 * and lifecycle table with no violation at all.
 */
class WebhookBodiesConformTests {

    private static final RunValidator VALIDATOR = RunValidator.create();
    private static final int SEEDS = 15;

    @ParameterizedTest
    @ValueSource(strings = {"comfydeploy-v1", "comfydeploy-v2", "runflow-v1"})
    void every_body_built_from_generated_runs_conforms(String apiId) {
        RunGenerator generator = RunGenerator.forSchema(apiId);
        WebhookTarget target = new WebhookTarget(URI.create("http://127.0.0.1:9/hook?target_events=run.output"), true);
        WebhookRunUpdates runUpdates = new WebhookRunUpdates(apiId);
        CallbackEnvelopes callbacks = new CallbackEnvelopes("secret".getBytes());
        String first = generator.statuses().get(0);
        List<WebhookMessage> built = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            ObjectNode before = WebhookJson.readObject(generator.run(first, seed).json(), "before");
            for (String status : generator.statuses()) {
                GeneratedRun run = generator.run(status, seed + 1000);
                ObjectNode after = WebhookJson.readObject(run.json(), "after");
                after.put("id", before.get("id").asString());
                built.addAll(apiId.startsWith("runflow")
                        ? callbacks.messages(target, before, after, Instant.parse("2026-02-27T11:00:00Z"))
                        : runUpdates.messages(target, before, after));
            }
        }

        int expected = apiId.startsWith("runflow")
                ? SEEDS * generator.terminalStatuses().size()
                : SEEDS * (generator.statuses().size() - 1);
        assertThat(built).hasSizeGreaterThanOrEqualTo(expected);
        for (WebhookMessage message : built) {
            assertThat(VALIDATOR.validate(message.schemaId(), message.body()).violations())
                    .as(new String(message.body(), java.nio.charset.StandardCharsets.US_ASCII)).isEmpty();
        }
    }
}
