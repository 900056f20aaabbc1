package dev.runspec.generator;

import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() {
        RunValidator validator = RunValidator.create();
        for (String id : RunGenerator.schemaIds()) {
            RunGenerator g = RunGenerator.forSchema(id);
            int bad = 0;
            for (String status : g.statuses()) {
                var runs = g.runs(status, 7).limit(200).toList();
                for (var run : runs) {
                    ValidationResult r = validator.validate(id, run.json());
                    if (!r.violations().isEmpty() && bad++ < 4) {
                        System.out.println(id + " " + run.name() + " " + r.violations() + "\n  " + run.json().substring(0, Math.min(run.json().length(), 1500)));
                    }
                }
            }
            System.out.println(id + " bad=" + bad + " sample: " + g.run(g.statuses().get(3), 1).json());
            var cov = g.coverageSet();
            System.out.println(id + " coverage=" + cov.size() + " targets=" + g.coverageTargets().size() + " gaps=" + g.coverageGaps());
            int nbad = 0;
            for (var run : g.runs("any", 3).limit(100).toList()) {
                for (var miss : g.nearMisses(run)) {
                    ValidationResult r = validator.validate(id, miss.json());
                    var got = r.violations().stream().map(v -> new ExpectedViolation(v.rule().id(), v.pointer())).toList();
                    if (miss.isCheckable() && !new java.util.HashSet<>(got).equals(new java.util.HashSet<>(miss.expected())) && nbad++ < 6) {
                        System.out.println("NEAR " + id + " " + miss.name() + " expected " + miss.expected() + " got " + got);
                    }
                }
            }
            System.out.println(id + " near-miss bad=" + nbad);
        }
    }
}
