package dev.runspec.pact;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import java.util.List;

/** One member of a {@link RunBody}, written into Pact's DSL when the body is built. */
sealed interface BodyMember {

    void writeTo(PactDslJsonBody target);

    /** A value with its matchers; a null example with no matchers is written as an exact {@code null}. */
    record Value(String name, Object example, List<MatchingRule> rules) implements BodyMember {
        @Override
        public void writeTo(PactDslJsonBody target) {
            if (rules.isEmpty()) {
                target.nullValue(name);
            } else {
                target.and(name, example, rules.toArray(MatchingRule[]::new));
            }
        }
    }

    /** An array of values, each like the example. */
    record EachValue(String name, Object example, List<MatchingRule> rules) implements BodyMember {
        @Override
        public void writeTo(PactDslJsonBody target) {
            PactDslJsonRootValue item = new PactDslJsonRootValue();
            item.setValue(example);
            rules.forEach(item::setMatcher);
            target.eachLike(name, item, 1);
        }
    }

    /** A nested object with its own members. */
    record Nested(String name, RunBody members) implements BodyMember {
        @Override
        public void writeTo(PactDslJsonBody target) {
            PactDslJsonBody object = target.object(name);
            members.writeTo(object);
            object.closeObject();
        }
    }

    /** An array of objects, each like the one described. */
    record EachObject(String name, RunBody members) implements BodyMember {
        @Override
        public void writeTo(PactDslJsonBody target) {
            PactDslJsonBody item = target.eachLike(name);
            members.writeTo(item);
            DslPart array = item.closeObject();
            array.closeArray();
        }
    }
}
