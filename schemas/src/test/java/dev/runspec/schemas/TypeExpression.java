package dev.runspec.schemas;

import java.util.List;

/**
 * The {@code Type} column of a spec row, read into a tree. Nullability is not part of the tree;
 * {@link TypeExpressionParser} reports it beside the tree, because only the outermost type of a
 * field may be nullable.
 */
sealed interface TypeExpression {

    /** A primitive ({@code str}, {@code integer}, {@code Any}, ...), a model or an enum; {@code format} from {@code string<uuid>}. */
    record Named(String name, String format) implements TypeExpression {
    }

    /** {@code List[X]} or {@code X[]}. */
    record ArrayOf(TypeExpression element) implements TypeExpression {
    }

    /** {@code Union[A, B]} or {@code A | B}. */
    record UnionOf(List<TypeExpression> members) implements TypeExpression {
    }

    /** {@code Dict[str, X]}: an object whose keys are data, not field names. */
    record MapOf(TypeExpression value) implements TypeExpression {
    }
}
