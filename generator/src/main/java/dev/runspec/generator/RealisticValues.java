package dev.runspec.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Plausible values for members the schema types only loosely, chosen by the member's name (its
 * snake_case and camelCase spellings read alike): URLs for {@code *url} and {@code webhook},
 * file names, ComfyUI node classes, model names, log lines, decimal costs. Anything unnamed gets a
 * short neutral text. Every value is drawn from the document's {@link Draw}.
 */
final class RealisticValues {

    static final List<String> NODE_CLASSES = List.of("KSampler", "CheckpointLoaderSimple", "CLIPTextEncode",
            "VAEDecode", "SaveImage", "EmptyLatentImage", "LoraLoader", "ControlNetApply", "ImageScale");
    private static final List<String> MODELS = List.of("Flux Dev", "SDXL Turbo", "Stable Diffusion 3.5", "Wan 2.1",
            "HiDream I1", "Qwen Image", "LTX Video");
    private static final List<String> PROMPTS = List.of("a lighthouse at dusk, volumetric fog",
            "portrait of an astronaut, studio light", "isometric city block, pastel colours",
            "a red fox in fresh snow, 85mm", "product shot of a ceramic mug on oak");
    private static final List<String> WORDS = List.of("alpha", "harbor", "lumen", "quartz", "meadow", "vector",
            "cobalt", "ember", "atlas", "willow");

    private RealisticValues() {
    }

    /** The name as both naming styles read it: lower case, no underscores. */
    static String key(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    static String text(String name, Draw draw) {
        String key = key(name);
        if (key.endsWith("url") || key.equals("webhook") || key.equals("callbackurl")) {
            return "https://" + draw.pick(List.of("cdn.example.com", "assets.example.net", "hooks.example.org"))
                    + "/" + draw.pick(WORDS) + "/" + draw.hexDigits(12) + (key.contains("hook") || key.contains("callback") ? "" : ".png");
        }
        return switch (key) {
            case "filename" -> "ComfyUI_" + String.format(Locale.ROOT, "%05d", draw.between(1, 99999)) + "_.png";
            case "type" -> draw.pick(List.of("output", "temp"));
            case "subfolder" -> draw.pick(List.of("", "outputs", "batch-" + draw.between(1, 9)));
            case "livestatus" -> "Executing " + draw.pick(NODE_CLASSES);
            case "name", "displayname", "title" -> draw.pick(MODELS);
            case "slug" -> draw.pick(MODELS).toLowerCase(Locale.ROOT).replace(' ', '-').replace('.', '-');
            case "description", "content", "answer", "pricingnote" -> "Generates images from a text prompt.";
            case "question" -> "Which resolutions are supported?";
            case "version", "targetversion", "machineversion" -> draw.between(1, 4) + "." + draw.between(0, 20) + "." + draw.between(0, 9);
            case "message" -> draw.pick(List.of("Prompt queued", "Loading checkpoint", "Sampling 20/20", "Uploading outputs"));
            case "levelcode" -> draw.pick(List.of("info", "debug", "warning"));
            case "statecode" -> draw.pick(List.of("completed", "running", "pending"));
            case "failurecode" -> draw.pick(List.of("execution_error", "dispatch_timeout", "out_of_memory", "invalid_input"));
            case "failuremessage", "errormessage" -> draw.pick(List.of("CUDA out of memory while sampling",
                    "Worker did not accept the run within 120 s", "Input image could not be downloaded"));
            case "clientref" -> "order-" + draw.between(1000, 99999);
            case "jurisdictioncode" -> draw.pick(List.of("us", "eu"));
            case "requestid" -> "req_" + draw.hexDigits(24);
            case "userid" -> "user_2" + draw.base62(26);
            case "orgid" -> "org_2" + draw.base62(26);
            case "modalfunctioncallid" -> "fc-01J" + draw.base62(23).toUpperCase(Locale.ROOT);
            case "feedbackreason" -> "Faces look distorted";
            case "categorycode" -> draw.pick(List.of("image", "video", "audio"));
            case "nodeid", "comfyuinodeid" -> String.valueOf(draw.between(1, 60));
            case "currencycode" -> "USD";
            case "price", "estimatedcost", "costperrun", "minvalue", "maxvalue" -> cost(draw);
            case "avgduration" -> draw.between(2, 90) + "s";
            case "paramcount" -> draw.between(1, 20) + "B";
            case "maxresolution" -> draw.pick(List.of("1024x1024", "2048x2048"));
            default -> draw.pick(WORDS) + "-" + draw.between(1, 999);
        };
    }

    static long integer(String name, Draw draw) {
        String key = key(name);
        if (key.endsWith("ms")) {
            return draw.between(200, 90_000);
        }
        return switch (key) {
            case "retrycount" -> draw.between(0, 2);
            case "sortorder" -> draw.between(0, 9);
            case "number" -> 0;
            case "queueposition" -> draw.between(0, 12);
            case "runcount" -> draw.between(0, 50_000);
            case "statuscode" -> 200;
            default -> draw.between(1, 12);
        };
    }

    static BigDecimal number(String name, Draw draw) {
        String key = key(name);
        if (key.equals("score")) {
            return BigDecimal.valueOf(draw.between(0, 100)).movePointLeft(2);
        }
        if (key.contains("duration")) {
            return BigDecimal.valueOf(draw.between(50, 9000)).movePointLeft(3);
        }
        return BigDecimal.valueOf(draw.between(0, 1000)).movePointLeft(1);
    }

    /** A dollar amount as providers write decimals: plain digits, a point, no exponent. */
    static String cost(Draw draw) {
        return BigDecimal.valueOf(draw.between(1, 250_000)).movePointLeft(6).setScale(6, RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    static String prompt(Draw draw) {
        return draw.pick(PROMPTS);
    }

    static String word(Draw draw) {
        return draw.pick(WORDS);
    }
}
