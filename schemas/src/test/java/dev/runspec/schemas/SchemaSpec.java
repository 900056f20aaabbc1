package dev.runspec.schemas;

import java.util.List;
import java.util.Map;

/**
 * Everything one spec file says: models in section order (the first is the top model) and the
 * enum tables by name.
 */
record SchemaSpec(String source, List<ModelSpec> models, Map<String, EnumSpec> enums) {

    ModelSpec top() {
        return models.get(0);
    }
}
