package dev.runspec.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>Jackson trees of the user's own Jackson, seen from runspec, which runs on a relocated copy of
 * Jackson 3 and so shares no type with the user's Jackson 2 ({@code com.fasterxml.jackson}) or
 * Jackson 3 ({@code tools.jackson}). A user's tree reaches runspec as its JSON text; a fixture
 * reaches a user's test as a tree parsed by the user's own Jackson, found by reflection.
 */
public final class JacksonTrees {

    /** The tree types runspec accepts from a user, by the name of the class every node extends. */
    private static final String JACKSON_2_NODE = "com.fasterxml.jackson.databind.JsonNode";
    private static final String JACKSON_3_NODE = "tools.jackson.databind.JsonNode";

    /** What a refusal lists as accepted. */
    public static final String ACCEPTED = JACKSON_2_NODE + " (Jackson 2) or " + JACKSON_3_NODE + " (Jackson 3)";

    private JacksonTrees() {
    }

    /** True when {@code type} is, or extends, the tree type of Jackson 2 or Jackson 3. */
    public static boolean isJacksonTreeType(Class<?> type) {
        return jacksonGeneration(type).isPresent();
    }

    /**
     * The JSON text of a user's Jackson tree (both generations write a node's {@code toString()} as JSON).
     *
     * @throws IllegalArgumentException when {@code tree} is not a Jackson 2 or 3 tree
     */
    public static String jsonText(Object tree) {
        if (tree == null || !isJacksonTreeType(tree.getClass())) {
            throw new IllegalArgumentException("expected a Jackson tree, " + ACCEPTED + ", but got "
                    + (tree == null ? "null" : tree.getClass().getName()));
        }
        return tree.toString();
    }

    /**
     * Parses {@code json} with the user's own Jackson into a tree assignable to {@code treeType}
     * (a {@code JsonNode} of Jackson 2 or 3, or one of its subtypes such as {@code ObjectNode}).
     *
     * @throws IllegalArgumentException when {@code treeType} is no Jackson tree type, or the
     *         user's Jackson cannot make a tree of that type from this text
     */
    public static Object parse(Class<?> treeType, String json) {
        int generation = jacksonGeneration(treeType).orElseThrow(() -> new IllegalArgumentException(
                "expected a Jackson tree type, " + ACCEPTED + ", but got " + treeType.getName()));
        String mapperClass = generation == 2 ? "com.fasterxml.jackson.databind.ObjectMapper"
                : "tools.jackson.databind.json.JsonMapper";
        try {
            Class<?> mapperType = Class.forName(mapperClass, true, treeType.getClassLoader());
            Object mapper = mapperType.getConstructor().newInstance();
            Object tree = mapperType.getMethod("readTree", String.class).invoke(mapper, json);
            if (!treeType.isInstance(tree)) {
                throw new IllegalArgumentException("the fixture is a " + tree.getClass().getSimpleName()
                        + ", which is not a " + treeType.getSimpleName());
            }
            return tree;
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Jackson " + generation + " could not read the fixture: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("cannot make a " + treeType.getName() + ": " + mapperClass
                    + " is not usable here (" + e + ")", e);
        }
    }

    private static Optional<Integer> jacksonGeneration(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(JACKSON_2_NODE)) {
                return Optional.of(2);
            }
            if (c.getName().equals(JACKSON_3_NODE)) {
                return Optional.of(3);
            }
        }
        return Optional.empty();
    }
}
