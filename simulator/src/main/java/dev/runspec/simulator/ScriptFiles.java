package dev.runspec.simulator;

import dev.runspec.shaded.jackson.core.JacksonException;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.ObjectMapper;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads scripts from a JSON or YAML file: {@code scripts:} a list of scripts, or one script alone.
 * A script has {@code name}, {@code steps} and optionally {@code apis} (the APIs it is for; all when
 * left out) and {@code expect} (the warnings it gives on purpose); a step has {@code status} and
 * optionally {@code next} ({@code 500ms}, {@code 2s}, {@code 10m}, {@code 24h} or ISO-8601
 * {@code PT2S}), {@code set} (members), {@code without_end} and {@code read_time}. Every mistake is one line naming the
 * file, the script and the step.
 */
final class ScriptFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> SCRIPT_KEYS = Set.of("name", "apis", "expect", "steps", "description");
    private static final Set<String> STEP_KEYS = Set.of("status", "next", "set", "without_end", "read_time");
    static final Duration DEFAULT_NEXT = Duration.ofSeconds(5);

    private ScriptFiles() {
    }

    /** The scripts of {@code file} meant for {@code api}, their statuses checked against it. */
    static List<Script> read(Path file, String api, List<String> statuses) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the scripts file (" + e.getMessage() + ")");
        }
        return scripts(root, file.toString(), api, statuses);
    }

    static List<Script> read(InputStream in, String where, String api, List<String> statuses) {
        return scripts(parse(in, where), where, api, statuses);
    }

    private static JsonNode parse(InputStream in, String where) {
        try {
            JsonNode root = (where.endsWith(".json") ? JSON : YAML).readTree(in);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new IllegalArgumentException(where + ": the scripts file is empty");
            }
            return root;
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            throw new IllegalArgumentException(where + ": not JSON or YAML: "
                    + (message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("")));
        }
    }

    private static List<Script> scripts(JsonNode root, String where, String api, List<String> statuses) {
        JsonNode list = root.has("scripts") ? root.get("scripts") : root.has("name") ? null : root;
        List<Script> scripts = new ArrayList<>();
        if (list == null) {
            addIfFor(scripts, script(root, where, api, statuses));
        } else if (list.isArray()) {
            for (JsonNode node : list) {
                addIfFor(scripts, script(node, where, api, statuses));
            }
        } else {
            throw new IllegalArgumentException(where + ": expected 'scripts:' with a list of scripts, or one script");
        }
        return scripts;
    }

    /** Adds the script unless it is meant for other APIs (null). */
    private static void addIfFor(List<Script> scripts, Script script) {
        if (script != null) {
            scripts.add(script);
        }
    }

    private static Script script(JsonNode node, String where, String api, List<String> statuses) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": a script is an object with name and steps");
        }
        String name = node.path("name").asString("");
        String at = where + ": script '" + name + "'";
        if (name.isEmpty()) {
            throw new IllegalArgumentException(where + ": a script has no name");
        }
        unknownKeys(node, SCRIPT_KEYS, at);
        JsonNode apis = node.get("apis");
        if (apis != null && !strings(apis, at + " apis").contains(api)) {
            return null;
        }
        JsonNode steps = node.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            throw new IllegalArgumentException(at + ": 'steps' is a list of at least one step");
        }
        List<ScriptStep> parsed = new ArrayList<>();
        int index = 0;
        for (JsonNode step : steps) {
            parsed.add(step(step, at + " step " + ++index, statuses));
        }
        List<String> expect = node.has("expect") ? strings(node.get("expect"), at + " expect") : List.of();
        try {
            return new Script(name, parsed, expect);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static ScriptStep step(JsonNode node, String at, List<String> statuses) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(at + ": a step is an object with a status");
        }
        unknownKeys(node, STEP_KEYS, at);
        String status = node.path("status").asString("");
        if (!statuses.contains(status)) {
            throw new IllegalArgumentException(at + ": status '" + status + "' is not one of " + String.join(", ", statuses));
        }
        Duration next = node.has("next") ? duration(node.get("next").asString(""), at) : DEFAULT_NEXT;
        Map<String, Object> members = new LinkedHashMap<>();
        JsonNode set = node.get("set");
        if (set != null) {
            if (!set.isObject()) {
                throw new IllegalArgumentException(at + ": 'set' is an object of members");
            }
            set.properties().forEach(e -> members.put(e.getKey(), JSON.treeToValue(e.getValue(), Object.class)));
        }
        boolean withoutEnd = node.path("without_end").asBoolean(false);
        boolean readTime = node.path("read_time").asBoolean(false);
        return new ScriptStep(status, next, members, withoutEnd, readTime);
    }

    /** {@code 250ms}, {@code 2s}, {@code 1.5s}, {@code 10m}, {@code 24h}, {@code 2d} or ISO-8601 ({@code PT2S}). */
    static Duration duration(String text, String at) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            }
            String[][] units = {{"ms", "1"}, {"s", "1000"}, {"m", "60000"}, {"h", "3600000"}, {"d", "86400000"}};
            for (String[] unit : units) {
                if (t.endsWith(unit[0]) && !(unit[0].equals("s") && t.endsWith("ms"))) {
                    double value = Double.parseDouble(t.substring(0, t.length() - unit[0].length()).trim());
                    if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                        break;
                    }
                    return Duration.ofNanos(Math.round(value * Long.parseLong(unit[1]) * 1_000_000d));
                }
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            // fall through to the one-line refusal
        }
        throw new IllegalArgumentException(at + ": '" + text + "' is not a duration such as 500ms, 2s, 10m, 24h or PT2S");
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String at) {
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String key = names.next();
            if (!known.contains(key)) {
                throw new IllegalArgumentException(at + ": unknown key '" + key + "'; expected " + String.join(", ",
                        known.stream().sorted().toList()));
            }
        }
    }

    private static List<String> strings(JsonNode node, String at) {
        if (node.isString()) {
            return List.of(node.asString());
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(at + ": expected a list of words");
        }
        List<String> out = new ArrayList<>();
        node.forEach(v -> out.add(v.asString()));
        return out;
    }
}
