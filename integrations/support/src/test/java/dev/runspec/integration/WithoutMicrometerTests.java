package dev.runspec.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runspec.core.FakeProvider.Route;
import java.io.File;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Micrometer is optional: report mode on a class path without it, loaded afresh. */
class WithoutMicrometerTests {

    @Test
    void report_mode_reports_without_micrometer_on_the_class_path() throws Exception {
        URL[] withoutMicrometer = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("micrometer"))
                .map(WithoutMicrometerTests::url)
                .toArray(URL[]::new);
        List<Object> verdicts = new CopyOnWriteArrayList<>();
        try (URLClassLoader application = new URLClassLoader(withoutMicrometer, ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> application.loadClass("io.micrometer.core.instrument.Metrics"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> check = application.loadClass(RunResponseCheck.class.getName());
            Class<?> listener = application.loadClass(VerdictListener.class.getName());
            Class<?> exchange = application.loadClass(RunExchange.class.getName());
            Object recording = Proxy.newProxyInstance(application, new Class<?>[] {listener}, (proxy, method, args) -> {
                if (method.getName().equals("onVerdict")) {
                    verdicts.add(args[0]);
                }
                return null;
            });

            Object reporting = check.getMethod("reporting", listener).invoke(null, recording);
            Object call = exchange.getConstructor(String.class, URI.class, int.class)
                    .newInstance("GET", URI.create("http://127.0.0.1:9/v1/runs/drifted"), 200);
            Object verdict = check.getMethod("check", exchange, String.class, byte[].class)
                    .invoke(reporting, call, "runflow-v1", ServedRuns.driftedBody(Route.RUNFLOW_V1));

            assertThat(verdict.getClass().getClassLoader()).isSameAs(application);
            assertThat(verdicts).containsExactly(verdict);
            assertThat(verdict.getClass().getMethod("conforms").invoke(verdict)).isEqualTo(false);
        }
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
