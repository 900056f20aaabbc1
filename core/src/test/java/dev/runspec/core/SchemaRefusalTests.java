package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SchemaRefusalTests {

    @Test
    void a_remote_ref_is_refused_with_a_clear_message_and_never_fetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (Exception closed) {
                    // the server is closed at the end of the test
                }
            });
            acceptor.start();
            String remote = "http://127.0.0.1:" + server.getLocalPort() + "/run.schema.json";
            String schema = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"properties\":{\"a\":{\"$ref\":\"" + remote + "\"}}}";

            assertThatExceptionOfType(SchemaLoadException.class)
                    .isThrownBy(() -> SchemaCatalogue.bundled().withSchema("remote", "Remote", schema))
                    .withMessage("schema 'remote' refers to " + remote + ", which is not in the catalogue; runspec never fetches schemas over the network");
            server.close();
            acceptor.join(5000);
            org.assertj.core.api.Assertions.assertThat(connections.get()).isZero();
        }
    }

    @Test
    void an_unknown_schema_id_is_a_usage_error_that_lists_the_known_ids() {
        assertThatExceptionOfType(UnknownSchemaException.class)
                .isThrownBy(() -> Probe.validator().validate("runflow-v9", "{}"))
                .withMessageStartingWith("unknown schema id 'runflow-v9'; known ids: ")
                .withMessageContaining("probe")
                .withMessageEndingWith("(or auto)");
    }

    @Test
    void a_schema_that_is_not_json_is_refused() {
        assertThatExceptionOfType(SchemaLoadException.class)
                .isThrownBy(() -> SchemaCatalogue.bundled().withSchema("broken", "Broken", "{\"type\": "))
                .withMessageStartingWith("schema 'broken' is not valid JSON: ");
    }
}
