package dev.runspec.generator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a schema says about one value, reduced to what a generator needs: its JSON types, whether
 * null is allowed, its closed or known values, format and pattern, and for objects and arrays the
 * specs of their members and items. {@code $ref}s into {@code $defs} are already resolved.
 *
 * @param types the JSON types allowed besides null ({@code string}, {@code object}, ...); empty for "any value"
 * @param nullable whether {@code null} is allowed
 * @param closedValues the enum values (null left out); empty when the schema has no enum
 * @param knownValues the {@code x-known-values} of a plain string; empty when there are none
 * @param format the {@code format} keyword, or empty
 * @param pattern the {@code pattern} keyword, or empty
 * @param members the documented members of an object, in schema order
 * @param required the members an object must carry
 * @param items the spec of an array's items, or null
 * @param openMembers the spec of undocumented members ({@code additionalProperties}), or null
 */
record MemberSpec(Set<String> types, boolean nullable, List<String> closedValues, List<String> knownValues,
        String format, String pattern, Map<String, MemberSpec> members, Set<String> required, MemberSpec items,
        MemberSpec openMembers) {

    boolean allows(String type) {
        return types.contains(type);
    }

    /** The first type the value may have, in the order a provider most often sends it. */
    String mainType() {
        for (String type : List.of("object", "array", "string", "integer", "number", "boolean")) {
            if (types.contains(type)) {
                return type;
            }
        }
        return "any";
    }

    /** Enum or known values, whichever the schema has. */
    List<String> values() {
        return closedValues.isEmpty() ? knownValues : closedValues;
    }

    boolean isOptional(String member) {
        return !required.contains(member);
    }
}
