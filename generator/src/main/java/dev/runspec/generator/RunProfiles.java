package dev.runspec.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema ids runs can be generated for, each with its {@link RunProfile}. */
final class RunProfiles {

    private static final Map<String, RunProfile> BY_ID = new LinkedHashMap<>();

    static {
        for (RunProfile profile : List.of(ComfyDeployProfile.v1TypeScript(), ComfyDeployProfile.v1(),
                ComfyDeployProfile.v2(), new RunflowProfile())) {
            BY_ID.put(profile.schemaId(), profile);
        }
    }

    private RunProfiles() {
    }

    static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    /** The profile of this id; one line naming the ids there are otherwise. */
    static RunProfile of(String schemaId) {
        RunProfile profile = BY_ID.get(schemaId);
        if (profile == null) {
            throw new IllegalArgumentException("no generator for schema '" + schemaId + "'; runs can be generated for "
                    + String.join(", ", BY_ID.keySet()));
        }
        return profile;
    }
}
