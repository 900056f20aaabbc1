package dev.runspec.core.wiremock;

import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.JsonFiles;
import dev.runspec.core.internal.ParsedDocument;
import dev.runspec.core.internal.PolicyLabels;
import dev.runspec.core.internal.SourceText;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a WireMock mapping file once, as core's {@link JsonFiles} reads every input (refusals,
 * limits, UTF-8, malformed JSON with line and column, duplicate keys), then finds its stubs: the
 * file is one stub ({@code request} and {@code response}) or holds several ({@code "mappings": [...]}).
 */
final class StubMappingReader {

    /** What reading gave: the stubs, or why there are none. */
    sealed interface Outcome {
    }

    /**
     * A readable mapping file: its stubs in file order, the file's text for placing findings, the
     * duplicate keys reading found (file pointers), and entries that are not stubs.
     */
    record Loaded(JsonNode tree, SourceText source, List<Stub> stubs, List<Violation> duplicates, List<Violation> problems)
            implements Outcome {
    }

    /** Not a mapping file runspec can read, with what to report. */
    record Refused(List<Violation> violations) implements Outcome {
    }

    private final PolicyLabels labels;
    private final JsonFiles files;

    StubMappingReader(SeverityPolicy policy, Limits limits) {
        this.labels = new PolicyLabels(policy);
        this.files = new JsonFiles(limits, labels);
    }

    Outcome read(Path file) {
        ParsedDocument read = files.read(file);
        List<Violation> duplicates = read.readViolations().stream().filter(v -> v.rule() == Rule.DUPLICATE_KEY).toList();
        if (read.tree() == null || duplicates.size() < read.readViolations().size()) {
            return new Refused(read.readViolations());
        }
        JsonNode tree = read.tree();
        List<Stub> stubs = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        if (tree.isObject() && tree.path("mappings").isArray()) {
            JsonNode entries = tree.get("mappings");
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                String pointer = "/mappings/" + i;
                if (isStub(entry)) {
                    stubs.add(stub(entry, pointer, Integer.toString(i)));
                } else {
                    problems.add(labels.violation(pointer, Rule.UNREADABLE, "a stub", null,
                            "mappings[" + i + "] is not a WireMock stub: it needs a \"request\" and a \"response\" object", 0, 0));
                }
            }
        } else if (isStub(tree)) {
            stubs.add(stub(tree, "", "0"));
        } else {
            return new Refused(List.of(labels.violation("", Rule.UNREADABLE, null, null,
                    "not a WireMock stub mapping: it has neither \"request\" and \"response\" objects nor a \"mappings\" array",
                    1, 1)));
        }
        return new Loaded(tree, read.source(), stubs, duplicates, problems);
    }

    private static boolean isStub(JsonNode node) {
        return node.isObject() && node.path("request").isObject() && node.path("response").isObject();
    }

    private static Stub stub(JsonNode node, String pointer, String index) {
        JsonNode request = node.get("request");
        String label = firstText(node, "name", "id", "uuid");
        return new Stub(label == null ? index : label, pointer, request.path("method").asString("ANY"),
                StubRequests.path(request), StubRequests.queryNames(request), node.get("response"));
    }

    private static String firstText(JsonNode node, String... members) {
        for (String member : members) {
            String text = node.path(member).asString("");
            if (!text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }
}
