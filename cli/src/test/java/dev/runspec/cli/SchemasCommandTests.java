package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.SchemaInfo;
import org.junit.jupiter.api.Test;

class SchemasCommandTests {

    @Test
    void lists_every_bundled_schema_with_its_id_title_description_and_source() {
        Outcome outcome = runspec("schemas");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.err()).isEmpty();
        for (SchemaInfo schema : SchemaCatalogue.bundled().schemas()) {
            assertThat(outcome.outLines())
                    .anySatisfy(line -> assertThat(line).startsWith(schema.id() + " ").endsWith(schema.title()))
                    .anySatisfy(line -> assertThat(line.strip()).isEqualTo(schema.description()))
                    .anySatisfy(line -> assertThat(line.strip()).isEqualTo("source: " + schema.source()));
        }
    }

    @Test
    void names_the_eight_schema_ids_in_catalogue_order() {
        Outcome outcome = runspec("schemas");

        assertThat(outcome.outLines()).filteredOn(line -> !line.startsWith(" ") && !line.isBlank() && !line.startsWith("Use "))
                .extracting(line -> line.substring(0, line.indexOf(' ')))
                .containsExactly("comfydeploy-v1-ts", "comfydeploy-v1", "comfydeploy-v2", "comfydeploy-v2-error", "runflow-v1",
                        "comfydeploy-v1-webhook", "comfydeploy-v2-webhook", "runflow-callback");
    }
}
