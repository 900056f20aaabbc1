package dev.runspec.core;

import static dev.runspec.core.SchemaViolationsTests.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runflow's {@code Runflow-Signature}: the known vectors of {@code signatures/vectors.tsv} (each
 * computed with OpenSSL, the commands are in the file), every verdict, and the trap it guards
 * against: a body parsed and written again no longer matches, where the raw bytes do.
 */
class RunflowSignatureTests {

    private static final byte[] SECRET = "whsec_runspec_test_secret".getBytes(StandardCharsets.UTF_8);
    private static final String COMPLETED = "conforming/runflow-callback/completed.json";
    private static final String COMPLETED_SIGNATURE = "2eee17bbdd2bb4ed354d96e7ffb0aed9443ddab4d37a898c2106fb62382d8e72";

    static Stream<Arguments> vectors() {
        return resource("signatures/vectors.tsv").lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t"))
                .map(cells -> Arguments.of(cells[0], cells[1], cells[2]));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("vectors")
    void the_openssl_vectors_verify_and_sign_alike(String body, String secret, String signature) {
        byte[] raw = body.equals("-") ? new byte[0] : bytes(body);
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);

        assertThat(RunflowSignature.verify(raw, signature, key).outcome()).isEqualTo(SignatureVerdict.Outcome.VALID);
        assertThat(RunflowSignature.verify(raw, signature.toUpperCase(), key).isValid()).isTrue();
        assertThat(RunflowSignature.sign(raw, key)).isEqualTo(signature);
    }

    @Test
    void a_body_parsed_and_written_again_fails_where_the_raw_bytes_pass() throws Exception {
        byte[] raw = bytes(COMPLETED);
        JsonMapper mapper = JsonMapper.builder().build();
        byte[] rewritten = mapper.writeValueAsBytes(mapper.readTree(raw));
        String completedAt = mapper.readTree(raw).get("completed_at").asString();
        byte[] zulu = new String(raw, StandardCharsets.UTF_8)
                .replace(completedAt, OffsetDateTime.parse(completedAt).toString())
                .getBytes(StandardCharsets.UTF_8);

        assertThat(rewritten).isNotEqualTo(raw);
        assertThat(new String(zulu, StandardCharsets.UTF_8)).contains("T10:01:42.345Z\"");
        assertThat(RunflowSignature.verify(raw, COMPLETED_SIGNATURE, SECRET).isValid()).isTrue();
        assertThat(RunflowSignature.verify(rewritten, COMPLETED_SIGNATURE, SECRET).outcome())
                .isEqualTo(SignatureVerdict.Outcome.MISMATCH);
        assertThat(RunflowSignature.verify(zulu, COMPLETED_SIGNATURE, SECRET).outcome())
                .isEqualTo(SignatureVerdict.Outcome.MISMATCH);
        assertThat(RunValidator.create().validate("runflow-callback", zulu).violations())
                .as("the rewritten body still follows the schema; only the signature tells").isEmpty();
    }

    @Test
    void another_secret_or_one_changed_digit_is_a_mismatch() {
        String changed = COMPLETED_SIGNATURE.substring(0, 63) + "3";

        assertThat(RunflowSignature.verify(bytes(COMPLETED), changed, SECRET).outcome()).isEqualTo(SignatureVerdict.Outcome.MISMATCH);
        assertThat(RunflowSignature.verify(bytes(COMPLETED), COMPLETED_SIGNATURE, "whsec_other".getBytes(StandardCharsets.UTF_8))
                .reason()).isEqualTo("Runflow-Signature does not match the HMAC-SHA256 of the body's 358 raw bytes with this"
                        + " secret (a body parsed and written again, or another secret?)");
    }

    @Test
    void a_missing_header_is_its_own_verdict() {
        for (String header : new String[] {null, "", "  "}) {
            SignatureVerdict verdict = RunflowSignature.verify(bytes(COMPLETED), header, SECRET);

            assertThat(verdict.outcome()).isEqualTo(SignatureVerdict.Outcome.MISSING);
            assertThat(verdict.reason()).isEqualTo(
                    "the delivery has no Runflow-Signature header; Runflow sends one whenever the endpoint has a secret");
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2eee17bb", "sha256=2eee17bbdd2bb4ed354d96e7ffb0aed9443ddab4d37a898c2106fb62382d8e72",
            "2eee17bbdd2bb4ed354d96e7ffb0aed9443ddab4d37a898c2106fb62382d8e7"})
    void a_header_of_the_wrong_length_is_malformed(String header) {
        SignatureVerdict verdict = RunflowSignature.verify(bytes(COMPLETED), header, SECRET);

        assertThat(verdict.outcome()).isEqualTo(SignatureVerdict.Outcome.MALFORMED);
        assertThat(verdict.reason()).isEqualTo("Runflow-Signature is " + header.length()
                + " characters long; expected 64 hex digits (an HMAC-SHA256)");
    }

    @Test
    void a_header_that_is_not_hex_is_malformed() {
        SignatureVerdict verdict = RunflowSignature.verify(bytes(COMPLETED), "z".repeat(64), SECRET);

        assertThat(verdict.outcome()).isEqualTo(SignatureVerdict.Outcome.MALFORMED);
        assertThat(verdict.reason()).isEqualTo("Runflow-Signature is not hexadecimal; expected 64 hex digits (an HMAC-SHA256)");
    }

    @Test
    void a_failed_check_is_a_signature_violation_on_the_body_verdict_and_never_shows_the_secret() {
        byte[] raw = bytes(COMPLETED);
        String forged = "0".repeat(64);
        SignatureVerdict verdict = RunflowSignature.verify(raw, forged, SECRET);
        ValidationResult result = RunValidator.create().validate("runflow-callback", raw)
                .withViolations(verdict.violation(SeverityPolicy.defaults()).stream().toList());

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEmpty();
            assertThat(v.rule()).isEqualTo(Rule.SIGNATURE);
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.position()).isEqualTo("1:1");
            assertThat(v.actual()).isEqualTo("mismatch");
            assertThat(v.toString()).doesNotContain("whsec_runspec_test_secret").doesNotContain(COMPLETED_SIGNATURE)
                    .endsWith("[signature]");
        });
        assertThat(RunflowSignature.verify(raw, COMPLETED_SIGNATURE, SECRET).violation(SeverityPolicy.defaults())).isEmpty();
        assertThat(verdict.violation(SeverityPolicy.defaults().with("signature=warning")).orElseThrow().severity())
                .isEqualTo(Severity.WARNING);
        assertThat(List.of(Rule.values().toArray())).contains(Rule.fromId("signature"));
    }

    @Test
    void an_empty_secret_is_refused_without_a_key_error() {
        assertThatThrownBy(() -> RunflowSignature.verify(bytes(COMPLETED), COMPLETED_SIGNATURE, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the signing secret is empty");
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = RunflowSignatureTests.class.getResourceAsStream("/" + resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
