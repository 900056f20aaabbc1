package dev.runspec.cli;

import dev.runspec.core.RunflowSignature;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --signature HEX --secret-env VAR}: check a Runflow callback's signature over the raw bytes
 * of the one input. The secret is read from an environment variable, so it is never on a command
 * line, and never printed.
 */
final class SignatureOptions {

    @Option(names = "--signature", paramLabel = "HEX",
            description = "The delivery's " + RunflowSignature.HEADER + " header: check it against the raw bytes of the"
                    + " one input (a file or -), with the secret from --secret-env. A failed check is a 'signature' violation.")
    String signature;

    @Option(names = "--secret-env", paramLabel = "VAR",
            description = "Name of the environment variable that holds the endpoint's signing secret (for --signature)."
                    + " The secret is never printed.")
    String secretVariable;

    /**
     * The check these options ask for, if any.
     *
     * @throws UsageException when one option comes without the other, or the variable is unset or empty
     */
    Optional<SignedDelivery> resolve(Function<String, String> variables) {
        if (signature == null && secretVariable == null) {
            return Optional.empty();
        }
        if (secretVariable == null) {
            throw new UsageException("--signature needs --secret-env VAR, the environment variable that holds the signing secret");
        }
        if (signature == null) {
            throw new UsageException("--secret-env needs --signature HEX, the delivery's " + RunflowSignature.HEADER + " header");
        }
        String secret = variables.apply(secretVariable);
        if (secret == null || secret.isEmpty()) {
            throw new UsageException("--secret-env " + secretVariable + ": the environment variable is "
                    + (secret == null ? "not set" : "empty"));
        }
        return Optional.of(new SignedDelivery(signature, secret.getBytes(StandardCharsets.UTF_8)));
    }
}
