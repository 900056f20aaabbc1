package dev.runspec.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scripts one simulator's runs follow: the API's built-in ones (resources under
 * {@code dev/runspec/simulator/scripts/}), then the user's, a user script replacing a built-in one
 * of the same name. Runs created without a choice cycle through them in order.
 */
final class ScriptCatalogue {

    private final String api;
    private final Map<String, Script> byName = new LinkedHashMap<>();
    private final AtomicLong created = new AtomicLong();

    ScriptCatalogue(String api, List<String> statuses, List<Script> userScripts) {
        this.api = api;
        builtIn(api, statuses).forEach(s -> byName.put(s.name(), s));
        for (Script script : userScripts) {
            for (ScriptStep step : script.steps()) {
                if (!statuses.contains(step.status())) {
                    throw new IllegalArgumentException("script '" + script.name() + "': status '" + step.status()
                            + "' is not one of " + String.join(", ", statuses));
                }
            }
            byName.put(script.name(), script);
        }
    }

    /** The built-in scripts of an API, in their file's order. */
    static List<Script> builtIn(String api, List<String> statuses) {
        String file = api.startsWith("comfydeploy") ? "comfydeploy.yaml" : api + ".yaml";
        try (InputStream in = ScriptCatalogue.class.getResourceAsStream("scripts/" + file)) {
            if (in == null) {
                return List.of();
            }
            return ScriptFiles.read(in, file, api, statuses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Script> all() {
        return List.copyOf(byName.values());
    }

    /**
     * The script named {@code name}, or the next in the cycle when {@code name} is null.
     *
     * @throws IllegalArgumentException one line naming the known scripts, for an unknown name
     */
    Script pick(String name) {
        if (name == null || name.isBlank()) {
            List<Script> scripts = new ArrayList<>(byName.values());
            return scripts.get((int) (created.getAndIncrement() % scripts.size()));
        }
        Script script = byName.get(name.trim());
        if (script == null) {
            throw new IllegalArgumentException("unknown script '" + name.trim() + "' for " + api + "; known scripts: "
                    + String.join(", ", byName.keySet()));
        }
        return script;
    }
}
