package dev.runspec.core.internal.schema;

import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import java.util.List;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ArrayNode;
import dev.runspec.shaded.jackson.databind.node.JsonNodeFactory;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>Asks the real validator what the schema thinks of one value at one place in a run: the value is
 * put into an otherwise empty document along its path and validated, and only what is said about
 * that value is kept (the members the stub leaves out are not the value's fault).
 */
public final class ValueCheck {

    private final RunValidator validator;
    private final String schemaId;

    public ValueCheck(RunValidator validator, String schemaId) {
        // What the schema says of one value: lifecycle rules judge a whole run, not a stub around one value.
        this.validator = validator.schemaOnly();
        this.schemaId = schemaId;
    }

    /** Everything but {@code required} that the schema reports about {@code value} at {@code path}. */
    public List<Violation> violations(List<Object> path, JsonNode value) {
        List<Object> placed = MemberPath.firstItems(path);
        String pointer = MemberPath.pointer(placed);
        JsonNode document = wrap(placed, 0, value);
        return validator.validate(schemaId, document).violations().stream()
                .filter(v -> v.rule() != Rule.REQUIRED)
                .filter(v -> v.pointer().equals(pointer) || v.pointer().startsWith(pointer + "/"))
                .toList();
    }

    /** The first error the schema reports about {@code value} at {@code path}, or null when it accepts it. */
    public Violation firstError(List<Object> path, JsonNode value) {
        return violations(path, value).stream().filter(v -> v.severity() == Severity.ERROR).findFirst().orElse(null);
    }

    private static JsonNode wrap(List<Object> path, int from, JsonNode value) {
        if (from == path.size()) {
            return value;
        }
        JsonNode inner = wrap(path, from + 1, value);
        if (path.get(from) instanceof Integer) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            array.add(inner);
            return array;
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.set((String) path.get(from), inner);
        return object;
    }
}
