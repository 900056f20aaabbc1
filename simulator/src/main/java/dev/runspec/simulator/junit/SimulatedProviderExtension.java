package dev.runspec.simulator.junit;

import dev.runspec.simulator.Simulator;
import dev.runspec.simulator.SimulatorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The engine behind {@link SimulatedProvider}: starts the simulator before the class (kept in the
 * class's store, so nested classes without an annotation of their own share the outer one), hands
 * it to parameters and fields, and closes it after the class.
 */
final class SimulatedProviderExtension implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor,
        ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(SimulatedProviderExtension.class);
    private static final String SIMULATOR = "simulator";

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Optional<SimulatedProvider> annotation = AnnotationSupport.findAnnotation(testClass, SimulatedProvider.class);
        if (annotation.isPresent()) {
            Simulator simulator = start(annotation.get(), testClass);
            context.getStore(NAMESPACE).put(SIMULATOR, simulator);
        }
        Simulator simulator = simulator(context);
        for (Field field : simulatorFields(testClass)) {
            if (Modifier.isStatic(field.getModifiers())) {
                set(field, null, simulator);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (AnnotationSupport.isAnnotated(context.getRequiredTestClass(), SimulatedProvider.class)) {
            Simulator simulator = context.getStore(NAMESPACE).remove(SIMULATOR, Simulator.class);
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        for (Field field : simulatorFields(testInstance.getClass())) {
            if (!Modifier.isStatic(field.getModifiers())) {
                set(field, testInstance, simulator(context));
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Simulator.class;
    }

    @Override
    public Simulator resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Simulator simulator = extensionContext.getStore(NAMESPACE).get(SIMULATOR, Simulator.class);
        if (simulator == null) {
            throw new ParameterResolutionException("Configuration error: no @SimulatedProvider simulator for ["
                    + parameterContext.getDeclaringExecutable() + "]; annotate the test class");
        }
        return simulator;
    }

    private static Simulator simulator(ExtensionContext context) {
        Simulator simulator = context.getStore(NAMESPACE).get(SIMULATOR, Simulator.class);
        if (simulator == null) {
            throw new ExtensionConfigurationException("Configuration error: no @SimulatedProvider simulator for ["
                    + context.getRequiredTestClass().getName() + "]");
        }
        return simulator;
    }

    private static Simulator start(SimulatedProvider provider, Class<?> testClass) {
        try {
            SimulatorOptions options = SimulatorOptions.api(provider.api()).seed(provider.seed()).speed(provider.speed())
                    .faults(provider.faults());
            for (String script : provider.scripts()) {
                options = options.scripts(scriptFile(script, testClass));
            }
            if (!provider.signingSecret().isEmpty()) {
                options = options.signingSecret(provider.signingSecret());
            }
            return Simulator.start(options);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ExtensionConfigurationException("Configuration error: @SimulatedProvider on [" + testClass.getName()
                    + "]: " + e.getMessage());
        }
    }

    /** A script file's path; a {@code classpath:} resource is copied to a temporary file first. */
    private static Path scriptFile(String script, Class<?> testClass) {
        if (!script.startsWith("classpath:")) {
            return Path.of(script);
        }
        String name = script.substring("classpath:".length());
        URL resource = testClass.getClassLoader().getResource(name.startsWith("/") ? name.substring(1) : name);
        if (resource == null) {
            throw new IllegalArgumentException("no class-path resource '" + name + "'");
        }
        try (InputStream in = resource.openStream()) {
            String suffix = name.endsWith(".json") ? ".json" : ".yaml";
            Path copy = Files.createTempFile("runspec-scripts", suffix);
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read class-path resource '" + name + "': " + e.getMessage());
        }
    }

    private static java.util.List<Field> simulatorFields(Class<?> type) {
        return ReflectionSupport.findFields(type, f -> f.getType() == Simulator.class && !Modifier.isFinal(f.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN);
    }

    private static void set(Field field, Object target, Simulator simulator) {
        try {
            field.setAccessible(true);
            field.set(target, simulator);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExtensionConfigurationException("Configuration error: cannot set the Simulator field ["
                    + field + "]: " + e.getMessage());
        }
    }
}
