package dev.runspec.cli;

import dev.runspec.core.RunflowSignature;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.Violation;
import java.util.List;

/** A signature header to check against one delivery's raw bytes, with the secret to check it with. */
final class SignedDelivery {

    private final String header;
    private final byte[] secret;

    SignedDelivery(String header, byte[] secret) {
        this.header = header;
        this.secret = secret.clone();
    }

    /** The signature violation of these raw bytes, or none. */
    List<Violation> check(byte[] rawBody, SeverityPolicy policy) {
        return RunflowSignature.verify(rawBody, header, secret).violation(policy).stream().toList();
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "SignedDelivery[" + RunflowSignature.HEADER + ": " + header + "]";
    }
}
