package dev.runspec.simulator;

import java.net.URI;

/**
 * Where a run's webhook or callback goes, as its create request asked: ComfyDeploy's
 * {@code webhook} (with {@code webhook_intermediate_status}), Runflow's {@code callback_url}.
 *
 * @param url the URL the provider posts to
 * @param intermediateStatus ComfyDeploy's {@code webhook_intermediate_status}: whether progress
 *     updates are posted too, not only status changes (always {@code false} for Runflow)
 */
record WebhookTarget(URI url, boolean intermediateStatus) {
}
