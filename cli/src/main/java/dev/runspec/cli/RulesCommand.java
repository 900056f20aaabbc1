package dev.runspec.cli;

import dev.runspec.core.LifecycleRule;
import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.SchemaInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code runspec rules [ID...]}: each schema's lifecycle rules, one block per rule: id, default
 * severity, shape and members, then its statement and its source.
 */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists the lifecycle rules checked after each schema (all schemas when no id is given):"
                + " id, default severity, what it compares, statement and source.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Schema ids, as 'runspec schemas' lists them.")
    private List<String> ids = new ArrayList<>();

    @Override
    public Integer call() {
        SchemaCatalogue catalogue = SchemaCatalogue.bundled();
        List<String> chosen = new ArrayList<>();
        if (ids.isEmpty()) {
            catalogue.schemas().stream().map(SchemaInfo::id).forEach(chosen::add);
        } else {
            for (String id : ids) {
                try {
                    catalogue.get(id);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                chosen.add(id);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String id : chosen) {
            List<LifecycleRule> rules = catalogue.lifecycleRules(id);
            if (rules.isEmpty()) {
                if (!ids.isEmpty()) {
                    out.println(id + ": no lifecycle rules");
                    out.println();
                }
                continue;
            }
            out.println(id + ": " + rules.size() + (rules.size() == 1 ? " lifecycle rule" : " lifecycle rules"));
            int width = rules.stream().mapToInt(r -> r.rule().id().length()).max().orElse(0) + 2;
            for (LifecycleRule rule : rules) {
                out.println("  " + pad(rule.rule().id(), width) + pad(rule.defaultSeverity().id(), 9)
                        + rule.shape() + " " + rule.expression() + (rule.when().isEmpty() ? "" : " when " + rule.when()));
                out.println("      " + rule.statement());
                out.println("      source: " + rule.source() + " (" + (rule.basis().equals("S") ? "stated" : "inferred") + ")");
            }
            out.println();
        }
        out.println("Change a rule's severity with --severity RULE=error|warning|info|off on 'runspec validate' and 'runspec pact'.");
        out.flush();
        return ExitStatus.CONFORMS;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}
