package dev.runspec.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.generator.RunGenerator;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Run bodies from the generator for webhook tests, and waiting for and checking deliveries. */
final class WebhookTestRuns {

    static final String COMFYDEPLOY_RUN_ID = "3fdabe86-cbbe-4a11-b7cb-c4a133c2d0f6";
    static final String RUNFLOW_RUN_ID = "019c9ebc-9f37-7a11-b7cb-c4a133c2d0f6";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RunValidator VALIDATOR = RunValidator.create();

    private WebhookTestRuns() {
    }

    /**
     * A generated get-run body of this schema and status (document seed 7), with the run id every
     * step of a test's run shares, and {@code members} set over the generated ones.
     */
    static String run(String schemaId, String status, Map<String, Object> members) {
        ObjectNode run = (ObjectNode) JSON.readTree(RunGenerator.forSchema(schemaId).run(status, 7).json());
        run.put("id", schemaId.startsWith("runflow") ? RUNFLOW_RUN_ID : COMFYDEPLOY_RUN_ID);
        members.forEach((name, value) -> run.set(name, JSON.valueToTree(value)));
        return JSON.writeValueAsString(run);
    }

    static String run(String schemaId, String status) {
        return run(schemaId, status, Map.of());
    }

    static JsonNode tree(byte[] body) {
        return JSON.readTree(body);
    }

    /** Waits (at most 10 s) until at least {@code count} attempts are recorded; returns them all. */
    static List<WebhookDelivery> awaitAttempts(Webhooks webhooks, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (webhooks.deliveries().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(webhooks.deliveries()).as("attempts recorded within 10 s").hasSizeGreaterThanOrEqualTo(count);
        return webhooks.deliveries();
    }

    /** Waits (at most 10 s) until no attempt is queued or in flight; returns every attempt recorded. */
    static List<WebhookDelivery> awaitQuiet(Webhooks webhooks) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (webhooks.attemptsUnderway() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(webhooks.attemptsUnderway()).as("attempts still underway after 10 s").isZero();
        return webhooks.deliveries();
    }

    /**
     * Asserts every body conforms to its webhook schema and lifecycle table, no violation at all, and
     * that {@code auto} tells which schema it is by its shape, as a receiver's check would.
     */
    static void assertConform(List<WebhookDelivery> deliveries) {
        assertThat(deliveries).isNotEmpty();
        for (WebhookDelivery delivery : deliveries) {
            ValidationResult result = VALIDATOR.validate(delivery.schemaId(), delivery.body());
            assertThat(result.violations()).as(delivery.bodyText()).isEmpty();
            ValidationResult detected = VALIDATOR.validate(RunValidator.AUTO, delivery.body());
            assertThat(detected.schemaId()).as("the schema auto detects").isEqualTo(delivery.schemaId());
            assertThat(detected.violations()).isEmpty();
        }
    }
}
