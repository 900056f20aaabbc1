package dev.runspec.maven;

import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.internal.RunspecVersion;
import dev.runspec.core.SchemaInfo;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One hash over everything besides a fixture's own bytes that can change its verdict: the runspec
 * version and the jars it runs from (core, the relocated engine, the plugin, and the schemas jar,
 * so every resource beside the schemas, such as rule tables, counts), every schema in the
 * catalogue, the severity of every rule and the limits. When it changes, cached verdicts are
 * thrown away.
 */
final class ConfigurationFingerprint {

    /** A resource of the schemas jar: its jar holds the schemas and every rule table generated beside them. */
    private static final String SCHEMA_RESOURCES = "dev/runspec/schemas/catalogue.json";

    private ConfigurationFingerprint() {
    }

    static String of(RunValidator validator) {
        MessageDigest digest = sha256();
        feed(digest, "runspec " + RunspecVersion.current());
        for (Class<?> type : new Class<?>[] {RunValidator.class, VerifyMojo.class, JsonMapper.class}) {
            feed(digest, codeIdentity(type.getProtectionDomain().getCodeSource() == null ? null
                    : type.getProtectionDomain().getCodeSource().getLocation(), type.getName()));
        }
        feed(digest, codeIdentity(resourceJar(SCHEMA_RESOURCES), SCHEMA_RESOURCES));
        for (SchemaInfo schema : validator.catalogue().schemas()) {
            feed(digest, schema.id());
            feed(digest, validator.catalogue().schemaDocument(schema.id()).toString());
        }
        for (Rule rule : Rule.values()) {
            feed(digest, rule.id() + "=" + (validator.policy().isOff(rule) ? "off" : validator.policy().severityOf(rule).id()));
        }
        feed(digest, validator.limits().toString());
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What a class was loaded from: the hash of its jar, so that a rebuilt snapshot with other code
     * counts as new code while a reinstalled identical jar (the build is reproducible) does not.
     */
    private static String codeIdentity(URL location, String what) {
        if (location == null) {
            return what + "@unknown";
        }
        try {
            Path file = Path.of(location.toURI());
            if (!Files.isRegularFile(file)) {
                return location.toString();
            }
            MessageDigest digest = sha256();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (URISyntaxException | IllegalArgumentException | IOException e) {
            return location.toString();
        }
    }

    /** The jar (or folder) a resource lives in, as a code-source location: the schemas' catalogue for the schemas jar. */
    private static URL resourceJar(String resource) {
        URL url = ConfigurationFingerprint.class.getClassLoader().getResource(resource);
        if (url == null) {
            return null;
        }
        String text = url.toString();
        try {
            if (text.startsWith("jar:")) {
                return new URL(text.substring(4, text.indexOf("!/")));
            }
            return new URL(text.substring(0, text.length() - resource.length()));
        } catch (java.net.MalformedURLException e) {
            return url;
        }
    }

    private static void feed(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
