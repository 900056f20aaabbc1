package dev.runspec.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.runspec.schemas.TypeExpression.ArrayOf;
import dev.runspec.schemas.TypeExpression.MapOf;
import dev.runspec.schemas.TypeExpression.Named;
import dev.runspec.schemas.TypeExpression.UnionOf;
import dev.runspec.schemas.TypeExpressionParser.Nullability;
import dev.runspec.schemas.TypeExpressionParser.ParsedType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeExpressionParserTests {

    @Test
    void readsSpeakeasyPythonWrappers() {
        assertThat(TypeExpressionParser.parse("str")).isEqualTo(parsed(named("str"), Nullability.NOT_NULLABLE));
        assertThat(TypeExpressionParser.parse("Nullable[str]")).isEqualTo(parsed(named("str"), Nullability.NULLABLE));
        assertThat(TypeExpressionParser.parse("OptionalNullable[int]")).isEqualTo(parsed(named("int"), Nullability.NULLABLE));
        assertThat(TypeExpressionParser.parse("Optional[float]")).isEqualTo(parsed(named("float"), Nullability.UNSTATED));
        assertThat(TypeExpressionParser.parse("Optional[operations.GetRunGpu]").expression()).isEqualTo(named("operations.GetRunGpu"));
    }

    @Test
    void readsListsInPythonAndTypeScriptNotation() {
        ArrayOf outputs = new ArrayOf(named("operations.Outputs"));
        assertThat(TypeExpressionParser.parse("List[operations.Outputs]").expression()).isEqualTo(outputs);
        assertThat(TypeExpressionParser.parse("operations.Outputs[]").expression()).isEqualTo(outputs);
    }

    @Test
    void readsRunflowNotationWithFormatAndNull() {
        assertThat(TypeExpressionParser.parse("string<uuid> | null"))
                .isEqualTo(parsed(new Named("string", "uuid"), Nullability.NULLABLE));
        assertThat(TypeExpressionParser.parse("NodeRun[] | null"))
                .isEqualTo(parsed(new ArrayOf(named("NodeRun")), Nullability.NULLABLE));
    }

    @Test
    void readsUnionsAndMaps() {
        assertThat(TypeExpressionParser.parse("List[Union[components.MediaItem, str, bool]]").expression())
                .isEqualTo(new ArrayOf(new UnionOf(List.of(named("components.MediaItem"), named("str"), named("bool")))));
        assertThat(TypeExpressionParser.parse("Nullable[Dict[str, Any]]"))
                .isEqualTo(parsed(new MapOf(named("Any")), Nullability.NULLABLE));
    }

    @Test
    void rejectsNullableListElements() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TypeExpressionParser.parse("List[Nullable[str]]"))
                .withMessageContaining("can only wrap the whole type of a field");
    }

    @Test
    void rejectsTextThatIsNotAType() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TypeExpressionParser.parse("str!"))
                .withMessage("type [str!]: cannot read '!'");
    }

    private static Named named(String name) {
        return new Named(name, null);
    }

    private static ParsedType parsed(TypeExpression expression, Nullability nullability) {
        return new ParsedType(expression, nullability);
    }
}
