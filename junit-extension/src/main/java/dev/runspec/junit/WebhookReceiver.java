package dev.runspec.junit;

import dev.runspec.core.FailOn;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test a real HTTP endpoint on the loopback interface, on a free port, that receives
 * webhook or callback deliveries: take a {@link WebhookEndpoint} parameter, register
 * {@link WebhookEndpoint#uri()} with the client or simulator under test, and let it post. The
 * endpoint records every delivery with its headers and raw body, answers each with the status
 * the test asks for ({@link WebhookEndpoint#answer(int...)}: 2xx, or 5xx to make the sender
 * retry), and, after the test, fails it with every violation of every delivery (schema and, when
 * asked, Runflow signature), in the words of {@link ValidateRunResponse}.
 *
 * <pre>{@code
 * @WebhookReceiver(schema = "runflow-callback")
 * class CallbackTests {
 *     @Test
 *     void retries_until_acknowledged(WebhookEndpoint callbacks) throws Exception {
 *         callbacks.answer(503, 200).verifyRunflowSignatures(secret);
 *         simulator.finishRun(callbacks.uri());
 *         assertThat(callbacks.awaitDeliveries(2, Duration.ofSeconds(5))).hasSize(2);
 *     }
 * }
 * }</pre>
 *
 * <p>Put it on a test class or a method (which wins). The endpoint stops after the test and its
 * {@code @AfterEach} methods; deliveries still in flight then are not checked.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WebhookReceiverExtension.class)
public @interface WebhookReceiver {

    /**
     * The schema id every delivery must follow, such as {@code runflow-callback} or
     * {@code comfydeploy-v2-webhook}; {@code auto} (the default) picks one by each body's shape.
     */
    String schema() default "auto";

    /** When true, members the provider does not document are errors instead of warnings. */
    boolean strict() default false;

    /** The least serious violation that fails the test; {@link FailOn#ERROR} by default. */
    FailOn failOn() default FailOn.ERROR;

    /** Severity overrides, each written {@code rule=severity}, such as {@code "signature=warning"}. */
    String[] severities() default {};
}
