package dev.runspec.junit;

import dev.runspec.core.FailOn;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.internal.JacksonTrees;
import dev.runspec.core.wiremock.StubMappingChecker;
import dev.runspec.core.wiremock.StubVerdict;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.opentest4j.AssertionFailedError;

/**
 * The arguments of a {@link WireMockStubs} test: finds the mapping files (through
 * {@link FixtureLocator}, so {@code classpath:} works as for {@link RecordedRuns}), checks each with
 * core's {@link StubMappingChecker}, and makes one invocation per stub that serves a run, named
 * {@code FILE#stub-name}, holding the body it would serve.
 */
final class WireMockStubsArguments {

    private WireMockStubsArguments() {
    }

    static Stream<? extends Arguments> of(Optional<Class<?>> firstParameterType, AnnotatedElement element,
            ExtensionContext context, WireMockStubs source) {
        StubMappingChecker checker;
        Class<?> parameterType;
        FixtureForm form;
        FixtureSet files;
        try {
            SeverityPolicy policy;
            try {
                policy = StubMappingChecker.defaultPolicy().configured(source.strict(), List.of(source.severities()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("severities: " + e.getMessage(), e);
            }
            StubMappingChecker.Builder builder = StubMappingChecker.builder().policy(policy).limits(ConfiguredLimits.of(context));
            for (String mapping : source.mappings()) {
                try {
                    builder.map(mapping);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("mappings: " + e.getMessage(), e);
                }
            }
            try {
                checker = builder.build();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("mappings: " + e.getMessage(), e);
            }
            parameterType = firstParameterType.orElseThrow(() -> new IllegalArgumentException(
                    "declare a parameter to take each stub's body: a String, byte[] or a JsonNode of Jackson 2 or 3"));
            form = FixtureForm.of(parameterType);
            if (form == FixtureForm.FILE) {
                throw new IllegalArgumentException("the first parameter takes each stub's body and must be a String, byte[]"
                        + " or a JsonNode of Jackson 2 or 3, not a Path (a stub's body need not be a file)");
            }
            files = locate(source.value(), classLoader(context));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Configuration error: @WireMockStubs on ["
                    + ElementNames.of(element) + "]: " + e.getMessage());
        }
        FixtureVerdicts.keepOpen(context, files);
        FixtureVerdicts verdicts = FixtureVerdicts.of(context);
        List<Arguments> arguments = new ArrayList<>();
        for (Fixture file : files.fixtures()) {
            for (StubVerdict stub : checker.stubs(file.path(), file.location())) {
                ValidationResult result = stub.result();
                boolean fails = source.failOn().isReachedBy(result);
                if (stub.body() == null && !fails) {
                    continue;
                }
                String location = stub.input();
                String name = file.name() + location.substring(file.location().length());
                Object payload = payload(form, parameterType, stub.body());
                FailOn failOn = source.failOn();
                verdicts.put(payload, fails || stub.body() == null, () -> new AssertionFailedError(
                        ShouldServeConformingRun.shouldServeConformingRun(location, failOn, result).create()));
                arguments.add(Arguments.argumentSet(name, payload));
            }
        }
        if (arguments.isEmpty()) {
            throw new ExtensionConfigurationException("Configuration error: @WireMockStubs on [" + ElementNames.of(element)
                    + "]: no stub in " + String.join(", ", source.value()) + " serves a run (mappings: "
                    + String.join(", ", checker.mappings()) + ")");
        }
        return arguments.stream();
    }

    /** The mapping files each value names: a root's mappings folder, a folder, or one file; each must hold at least one. */
    private static FixtureSet locate(String[] values, ClassLoader loader) {
        if (values.length == 0) {
            throw new IllegalArgumentException("name at least one WireMock root, mappings folder or mapping file");
        }
        Map<String, Fixture> found = new LinkedHashMap<>();
        List<java.nio.file.FileSystem> opened = new ArrayList<>();
        for (String value : values) {
            String root = value.trim();
            FixtureSet set;
            if (root.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                set = FixtureLocator.locate(new String[] {root}, loader);
            } else {
                String base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
                try {
                    set = FixtureLocator.locate(new String[] {base + "/mappings/**/*.json"}, loader);
                } catch (IllegalArgumentException noMappingsFolder) {
                    try {
                        set = FixtureLocator.locate(new String[] {base + "/**/*.json"}, loader);
                    } catch (IllegalArgumentException none) {
                        throw new IllegalArgumentException("[" + value + "] holds no WireMock mapping file (*.json),"
                                + " neither in a mappings folder nor in itself");
                    }
                }
            }
            set.fixtures().forEach(f -> found.putIfAbsent(f.location(), f));
            opened.addAll(set.opened());
        }
        return new FixtureSet(List.copyOf(found.values()), List.copyOf(opened));
    }

    private static Object payload(FixtureForm form, Class<?> type, String body) {
        String text = body == null ? "" : body;
        return switch (form) {
            case BYTES -> text.getBytes(StandardCharsets.UTF_8);
            case TREE -> tree(type, text);
            default -> new String(text);
        };
    }

    private static Object tree(Class<?> type, String text) {
        try {
            return JacksonTrees.parse(type, text);
        } catch (RuntimeException notJson) {
            return JacksonTrees.parse(type, "{}");
        }
    }

    private static ClassLoader classLoader(ExtensionContext context) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : context.getRequiredTestClass().getClassLoader();
    }
}
