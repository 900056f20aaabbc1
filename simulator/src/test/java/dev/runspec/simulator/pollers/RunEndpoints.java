package dev.runspec.simulator.pollers;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.simulator.Http;
import dev.runspec.simulator.Simulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider's endpoints as the pollers reach them under a simulator's base URL, and the
 * create request the tests send: real HTTP (java.net.http, HTTP/1.1 keep-alive) on loopback.
 */
final class RunEndpoints {

    static final HttpClient HTTP = Http.CLIENT;
    static final JsonMapper JSON = JsonMapper.builder().build();

    private RunEndpoints() {
    }

    /** The get-run URL of run {@code id}. */
    static URI runUri(URI base, String api, String id) {
        return Http.runUri(base, api, id);
    }

    /** Creates a run on {@code script} over HTTP (the X-Runspec-Script header) and returns its id. */
    static String create(Simulator simulator, String script) throws IOException, InterruptedException {
        return Http.create(simulator, "X-Runspec-Script", script);
    }

    /** Every {@code url} string anywhere under {@code node}, in document order. */
    static List<String> urlsUnder(JsonNode node) {
        List<String> urls = new ArrayList<>();
        collect(node, urls);
        return urls;
    }

    private static void collect(JsonNode node, List<String> urls) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("url") && e.getValue().isString()) {
                    urls.add(e.getValue().asString());
                } else {
                    collect(e.getValue(), urls);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, urls));
        }
    }
}
