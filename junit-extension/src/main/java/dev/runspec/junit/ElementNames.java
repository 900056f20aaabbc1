package dev.runspec.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

/** How configuration errors name the class or method an annotation sits on: {@code com.example.PollingTests#polls}. */
final class ElementNames {

    private ElementNames() {
    }

    static String of(AnnotatedElement element) {
        if (element instanceof Class<?> type) {
            return type.getName();
        }
        if (element instanceof Method method) {
            return method.getDeclaringClass().getName() + "#" + method.getName();
        }
        return String.valueOf(element);
    }
}
