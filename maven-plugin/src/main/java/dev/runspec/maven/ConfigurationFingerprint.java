package dev.runspec.maven;

import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.RunspecVersion;
import dev.runspec.core.SchemaInfo;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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

    /** Where a class was loaded from, with the size and time of that jar, so a rebuilt snapshot counts as new code. */
    private static String codeIdentity(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return type.getName() + "@unknown";
        }
        try {
            File file = new File(location.toURI());
            return location + "|" + file.length() + "|" + file.lastModified();
        } catch (URISyntaxException | IllegalArgumentException e) {
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
