package dev.runspec.maven;

import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.internal.RunspecVersion;
import dev.runspec.core.SchemaInfo;
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
 * version and the jars it runs from, every schema in the catalogue, the severity of every rule and
 * the limits. When it changes, cached verdicts are thrown away.
 */
final class ConfigurationFingerprint {

    private ConfigurationFingerprint() {
    }

    static String of(RunValidator validator) {
        MessageDigest digest = sha256();
        feed(digest, "runspec " + RunspecVersion.current());
        for (Class<?> type : new Class<?>[] {RunValidator.class, VerifyMojo.class}) {
            feed(digest, codeIdentity(type));
        }
        for (SchemaInfo schema : validator.catalogue().schemas()) {
            feed(digest, schema.id());
            feed(digest, validator.catalogue().schemaDocument(schema.id()).toString());
        }
        for (Rule rule : Rule.values()) {
            feed(digest, rule.id() + "=" + validator.policy().severityOf(rule).id());
        }
        feed(digest, validator.limits().toString());
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What a class was loaded from: the hash of its jar, so that a rebuilt snapshot with other code
     * counts as new code while a reinstalled identical jar (the build is reproducible) does not.
     */
    private static String codeIdentity(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return type.getName() + "@unknown";
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
