package dev.runspec.pact;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * Where an interaction Pact's reader returned sits in the pact file's JSON, so that findings about
 * its body and matching rules get the file's line and column. Interactions are paired in order by
 * description and provider states.
 */
final class InteractionSource {

    private final PactFileReader.Loaded loaded;
    private final String array;
    private final JsonNode interactions;
    private final boolean[] used;

    InteractionSource(PactFileReader.Loaded loaded) {
        this.loaded = loaded;
        this.array = loaded.json().has("interactions") ? "interactions" : "messages";
        this.interactions = loaded.json().path(array);
        this.used = new boolean[interactions.size()];
    }

    /** The index of the interaction in the file's {@code interactions} (or V3 {@code messages}) array, or -1. */
    int indexOf(Interaction interaction) {
        List<String> states = interaction.getProviderStates().stream().map(ProviderState::getName).toList();
        for (int i = 0; i < interactions.size(); i++) {
            JsonNode raw = interactions.get(i);
            if (!used[i] && Objects.equals(raw.path("description").asString(null), interaction.getDescription())
                    && states(raw).equals(states)) {
                used[i] = true;
                return i;
            }
        }
        return -1;
    }

    SourcePositions positions() {
        return loaded.positions();
    }

    /** The JSON Pointer of the response body's JSON in the file, or null when unknown. */
    String bodyPointer(int index) {
        if (index < 0) {
            return null;
        }
        if (message(index)) {
            String contents = "/" + array + "/" + index + "/contents";
            return loaded.v4() && interactions.get(index).path("contents").has("content") ? contents + "/content" : contents;
        }
        String body = "/interactions/" + index + "/response/body";
        JsonNode raw = interactions.get(index).path("response").path("body");
        return loaded.v4() && raw.has("content") ? body + "/content" : body;
    }

    /** The JSON Pointer of a body matching rule in the file, or null when unknown. */
    String rulePointer(int index, String rulePath) {
        if (index < 0) {
            return null;
        }
        if (message(index)) {
            return "/" + array + "/" + index + "/matchingRules/body/" + SourcePositions.escape(rulePath);
        }
        String rules = "/interactions/" + index + "/response/matchingRules/";
        return loaded.v2()
                ? rules + SourcePositions.escape("$.body" + rulePath.substring(1))
                : rules + "body/" + SourcePositions.escape(rulePath);
    }

    /** True when the interaction at the index is a message (it has contents, not a response). */
    private boolean message(int index) {
        JsonNode raw = interactions.get(index);
        return !raw.has("response") && raw.has("contents");
    }

    private static List<String> states(JsonNode raw) {
        List<String> names = new ArrayList<>();
        raw.path("providerStates").forEach(s -> names.add(s.path("name").asString(null)));
        if (raw.path("providerState").isString()) {
            names.add(raw.get("providerState").asString());
        }
        return names;
    }
}
