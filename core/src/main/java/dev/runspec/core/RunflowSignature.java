package dev.runspec.core;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Runflow's callback signature: the {@value #HEADER} header is the hex HMAC-SHA256 of the raw
 * body, keyed with the endpoint's secret. Verify over the exact bytes received, before any JSON
 * parsing: a body parsed and written again (other spacing, key order, {@code Z} for
 * {@code +00:00}) no longer matches. The comparison takes the same time wherever the signatures
 * differ. The secret never appears in a verdict, a message or an exception.
 *
 * <pre>{@code
 * SignatureVerdict verdict = RunflowSignature.verify(rawBody, request.header("Runflow-Signature"), secret);
 * if (!verdict.isValid()) { respond(401); }
 * }</pre>
 */
public final class RunflowSignature {

    /** The header that carries the signature. */
    public static final String HEADER = "Runflow-Signature";
    /** The header that names the delivery, the same on every retry of it. */
    public static final String REQUEST_ID_HEADER = "Runflow-Request-Id";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int HEX_LENGTH = 64;

    private RunflowSignature() {
    }

    /**
     * Checks {@code headerValue} against the raw body.
     *
     * @param rawBody the body exactly as received
     * @param headerValue the {@value #HEADER} header's value, or {@code null} when the delivery had none
     * @param secret the endpoint's signing secret, as bytes (UTF-8 of the secret text)
     * @throws IllegalArgumentException when the secret is empty (no HMAC key can be made of it)
     */
    public static SignatureVerdict verify(byte[] rawBody, String headerValue, byte[] secret) {
        Objects.requireNonNull(rawBody, "rawBody");
        byte[] expected = hmac(rawBody, secret);
        if (headerValue == null || headerValue.isBlank()) {
            return new SignatureVerdict(SignatureVerdict.Outcome.MISSING,
                    "the delivery has no " + HEADER + " header; Runflow sends one whenever the endpoint has a secret");
        }
        String received = headerValue.strip();
        if (received.length() != HEX_LENGTH) {
            return new SignatureVerdict(SignatureVerdict.Outcome.MALFORMED,
                    HEADER + " is " + received.length() + " characters long; expected " + HEX_LENGTH
                            + " hex digits (an HMAC-SHA256)");
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(received);
        } catch (IllegalArgumentException e) {
            return new SignatureVerdict(SignatureVerdict.Outcome.MALFORMED,
                    HEADER + " is not hexadecimal; expected " + HEX_LENGTH + " hex digits (an HMAC-SHA256)");
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return new SignatureVerdict(SignatureVerdict.Outcome.MISMATCH,
                    HEADER + " does not match the HMAC-SHA256 of the body's " + rawBody.length
                            + " raw bytes with this secret (a body parsed and written again, or another secret?)");
        }
        return new SignatureVerdict(SignatureVerdict.Outcome.VALID, HEADER + " matches the raw body");
    }

    /**
     * The value Runflow would send in {@value #HEADER} for this body: lower-case hex, 64 digits. For
     * tests and simulators that play Runflow.
     *
     * @throws IllegalArgumentException when the secret is empty
     */
    public static String sign(byte[] rawBody, byte[] secret) {
        return HexFormat.of().formatHex(hmac(Objects.requireNonNull(rawBody, "rawBody"), secret));
    }

    private static byte[] hmac(byte[] body, byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length == 0) {
            throw new IllegalArgumentException("the signing secret is empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        }
    }
}
