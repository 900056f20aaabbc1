package dev.runspec.pact;

import au.com.dius.pact.core.matchers.BodyMismatch;
import au.com.dius.pact.core.matchers.BodyTypeMismatch;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.ResponseMatching;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.Response;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleGroup;
import au.com.dius.pact.core.model.matchingrules.RuleLogic;
import au.com.dius.pact.core.support.json.JsonParser;
import dev.runspec.pact.MatcherAcceptance.Engine;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engines themselves as the oracle of what a matcher lets through. pact-jvm: its own response
 * matching (what provider verification runs), called here. The Rust core: the verdicts pact_ffi
 * gave for each case, recorded in {@code rust-core-verdicts.tsv} by {@code src/test/rust-core/verdicts.js}.
 */
final class EngineOracle {

    /** The recorded Rust-core verdicts, read by the tests; regenerated as src/test/rust-core/README.md says. */
    static final Path RUST_CORE_TABLE = Path.of("src", "test", "resources", "rust-core-verdicts.tsv");

    /** The cases a test needed that the table lacks, written for the regeneration script. */
    static final Path MISSING_CASES = Path.of("target", "rust-core-cases.tsv");

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One value tried against one matcher group on a member whose example is {@code example}; all three as JSON text. */
    record Case(String group, String example, String value) {

        static Case of(List<MatchingRule> rules, RuleLogic logic, JsonNode example, JsonNode value) {
            Map<String, Object> group = new MatchingRuleGroup(rules, logic, false).toMap(PactSpecVersion.V4);
            return new Case(JSON.writeValueAsString(group), example.toString(), value.toString());
        }

        static Case of(LooseMatchers.Trial trial) {
            return of(trial.rules(), trial.logic(), trial.example(), trial.probe());
        }

        static Case of(LooseMatchers.Finding finding) {
            return of(finding.rules(), finding.logic(), finding.example(), finding.probe());
        }

        String line() {
            return group + "\t" + example + "\t" + value;
        }

        MatchingRuleGroup rules() {
            return MatchingRuleGroup.fromJson(JsonParser.parseString(group));
        }

        /** What runspec's model says the engine does with this case. */
        boolean modelAccepts(Engine engine) {
            MatchingRuleGroup g = rules();
            return MatcherAcceptance.group(g.getRules(), g.getRuleLogic(), JSON.readTree(example), JSON.readTree(value), engine)
                    == MatcherAcceptance.Verdict.ACCEPTS;
        }
    }

    private EngineOracle() {
    }

    /** True when pact-jvm 4.7's provider-side response matching finds no body mismatch. */
    static boolean pactJvmAccepts(Case c) {
        Pact pact = DefaultPactReader.INSTANCE.loadPact(new StringReader(pactWith(c)));
        var interaction = pact.getInteractions().get(0).asSynchronousRequestResponse();
        Response actual = new Response(200, Map.of("Content-Type", List.of("application/json")),
                OptionalBody.body(("{\"v\": " + c.value() + "}").getBytes(StandardCharsets.UTF_8), ContentType.Companion.getJSON()));
        List<Mismatch> mismatches = ResponseMatching.responseMismatches(pact, interaction, actual);
        return mismatches.stream().noneMatch(m -> m instanceof BodyMismatch || m instanceof BodyTypeMismatch);
    }

    /** The recorded verdicts of the Rust core: true for ACCEPTS, false for REJECTS. */
    static Map<Case, Boolean> rustCore() {
        Map<Case, Boolean> verdicts = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(RUST_CORE_TABLE, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                verdicts.put(new Case(f[0], f[1], f[2]), f[3].equals("ACCEPTS"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return verdicts;
    }

    /** A V4 pact of one interaction whose response body is {"v": example} with the group on $.v (as verdicts.js writes it). */
    static String pactWith(Case c) {
        return """
                {"consumer": {"name": "probe"}, "provider": {"name": "probed"},
                 "interactions": [{"type": "Synchronous/HTTP", "description": "case",
                   "request": {"method": "GET", "path": "/case"},
                   "response": {"status": 200, "headers": {"Content-Type": ["application/json"]},
                     "body": {"contentType": "application/json", "encoded": false, "content": {"v": %s}},
                     "matchingRules": {"body": {"$.v": %s}}}}],
                 "metadata": {"pactSpecification": {"version": "4.0"}}}
                """.formatted(c.example(), c.group());
    }
}
