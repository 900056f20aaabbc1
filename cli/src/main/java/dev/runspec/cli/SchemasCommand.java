package dev.runspec.cli;

import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.SchemaInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code runspec schemas}: the bundled schemas, one block each: id and title, description, source. */
@Command(
        name = "schemas",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists the bundled schemas: id, title, source and what each describes.")
final class SchemasCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SchemaInfo> schemas = SchemaCatalogue.bundled().schemas();
        int width = schemas.stream().mapToInt(s -> s.id().length()).max().orElse(0) + 2;
        String indent = " ".repeat(width);
        for (SchemaInfo schema : schemas) {
            out.println(pad(schema.id(), width) + schema.title());
            out.println(indent + schema.description());
            out.println(indent + "source: " + schema.source());
            int rules = SchemaCatalogue.bundled().lifecycleRules(schema.id()).size();
            if (rules > 0) {
                out.println(indent + "lifecycle rules: " + rules + " (runspec rules " + schema.id() + ")");
            }
        }
        out.println();
        out.println("Use an id with 'runspec validate --schema ID', or leave --schema at auto to pick one per response.");
        out.flush();
        return ExitStatus.CONFORMS;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}
