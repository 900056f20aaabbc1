package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.Severity;
import dev.runspec.core.internal.schema.FieldKind;
import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.core.internal.schema.SchemaTree;
import dev.runspec.core.report.InputResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body naming every member of a schema, embeds and outputs included, each with its default
 * example, is accepted by its schema and by the checker once Pact has written it: every default
 * example conforms and no derived matcher is looser than the schema, in V3 and in V4 files.
 */
class EveryMemberTests {

    @TempDir
    Path pacts;

    @ParameterizedTest(name = "{0} as {3}")
    @CsvSource({
            "runflow-v1, /v1/runs/0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a, 200, V4",
            "runflow-v1, /v1/runs/0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a, 200, V3",
            "comfydeploy-v2, /api/run/45c48cce, 200, V4",
            "comfydeploy-v2, /api/run/45c48cce, 200, V3",
            "comfydeploy-v2-error, /api/run/not-a-uuid, 422, V4",
            "comfydeploy-v1, /api/run?run_id=45c48cce, 200, V4",
            "comfydeploy-v1-ts, /ts/run?run_id=45c48cce, 200, V3"})
    void a_body_with_every_member_passes_the_checker(String schemaId, String request, int status, PactSpecVersion version)
            throws Exception {
        RunBody body = RunBody.of(schemaId);
        describeAll(body, SchemaTree.of(SchemaCatalogue.bundled(), schemaId).root());
        Path file = write(schemaId, request, status, body.build(), version);

        // A body with every member cannot keep every lifecycle rule (queue_position only while queued,
        // ended_at only once finished), so this checks what it is about: the schema.
        List<InputResult> results = PactChecker.builder().map("GET /ts/run?run_id==comfydeploy-v1-ts").lifecycleRules(false)
                .build().check(file);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.result().schemaId()).isEqualTo(schemaId);
            assertThat(r.result().violations()).filteredOn(v -> v.severity() != Severity.INFO).isEmpty();
        });
    }

    /** Names every member: objects and arrays of objects through their members, everything else by default example. */
    private static void describeAll(RunBody body, SchemaNode node) {
        for (String name : node.memberNames()) {
            SchemaNode member = node.member(name).orElseThrow();
            switch (member.kind()) {
                case OBJECT -> {
                    if (member.documentsMembers()) {
                        body.object(name, nested -> describeAll(nested, member));
                    } else {
                        body.field(name);
                    }
                }
                case ARRAY -> member.items().ifPresent(items -> {
                    if (items.kind() == FieldKind.OBJECT) {
                        body.eachLike(name, item -> describeAll(item, items));
                    } else {
                        body.field(name);
                    }
                });
                case ANY -> body.field(name, "any value");
                default -> body.field(name);
            }
        }
    }

    private Path write(String schemaId, String request, int status, PactDslJsonBody body, PactSpecVersion version)
            throws Exception {
        String path = request.contains("?") ? request.substring(0, request.indexOf('?')) : request;
        PactDslResponse response = ConsumerPactBuilder.consumer("every-member")
                .hasPactWith(schemaId)
                .uponReceiving("a run with every member")
                .method("GET")
                .path(path)
                .query(request.contains("?") ? request.substring(request.indexOf('?') + 1) : "")
                .willRespondWith()
                .status(status)
                .body(body);
        if (version == PactSpecVersion.V4) {
            response.toPact(V4Pact.class).write(pacts.toString(), version);
        } else {
            response.toPact().write(pacts.toString(), version);
        }
        Path file = pacts.resolve("every-member-" + schemaId + ".json");
        assertThat(file).isRegularFile();
        assertThat(Files.readString(file)).contains(version == PactSpecVersion.V4 ? "\"4.0\"" : "\"3.0.0\"");
        return file;
    }
}
