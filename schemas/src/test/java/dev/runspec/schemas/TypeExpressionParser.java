package dev.runspec.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the type notations of the three provider pages into a {@link TypeExpression}:
 * Speakeasy Python ({@code Nullable[str]}, {@code List[components.X]}), Speakeasy TypeScript
 * ({@code operations.Outputs[]}) and Runflow ({@code string<uuid> | null}). Markdown decoration
 * must already be stripped.
 */
final class TypeExpressionParser {

    /** What the type text says about null. */
    enum Nullability {
        NULLABLE,
        NOT_NULLABLE,
        /** {@code Optional[X]}: "may be null" in older Speakeasy SDKs, "may be absent" in newer ones. */
        UNSTATED
    }

    record ParsedType(TypeExpression expression, Nullability nullability) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_.\\-]*|[\\[\\],|<>()])");
    private static final Set<String> WRAPPERS = Set.of("Optional", "Nullable", "OptionalNullable", "List", "Union", "Dict");
    private static final TypeExpression NULL = new TypeExpression.Named("null", null);

    private final String text;
    private final List<String> tokens;
    private int next;

    private TypeExpressionParser(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    /** @throws IllegalArgumentException when the text is not a type this parser knows */
    static ParsedType parse(String text) {
        TypeExpressionParser parser = new TypeExpressionParser(text);
        ParsedType type = parser.union(true);
        if (parser.next < parser.tokens.size()) {
            throw parser.error("unexpected '" + parser.tokens.get(parser.next) + "'");
        }
        return type;
    }

    private ParsedType union(boolean topLevel) {
        List<ParsedType> members = new ArrayList<>();
        members.add(postfix(topLevel));
        while (peek("|")) {
            next++;
            members.add(postfix(topLevel));
        }
        if (members.size() == 1) {
            if (members.get(0).expression().equals(NULL)) {
                throw error("null alone is not a type");
            }
            return members.get(0);
        }
        boolean nullable = false;
        List<TypeExpression> alternatives = new ArrayList<>();
        for (ParsedType member : members) {
            if (member.expression().equals(NULL)) {
                nullable = true;
            } else if (member.nullability() != Nullability.NOT_NULLABLE) {
                throw error("write nullability once, around the whole type");
            } else {
                alternatives.add(member.expression());
            }
        }
        if (nullable && !topLevel) {
            throw error("only the field itself can be nullable, not an element of a list or union");
        }
        TypeExpression expression = alternatives.size() == 1 ? alternatives.get(0) : union(alternatives);
        return new ParsedType(expression, nullable ? Nullability.NULLABLE : Nullability.NOT_NULLABLE);
    }

    private ParsedType postfix(boolean topLevel) {
        ParsedType type = primary(topLevel);
        while (peek("[") && next + 1 < tokens.size() && tokens.get(next + 1).equals("]")) {
            next += 2;
            if (type.nullability() != Nullability.NOT_NULLABLE || type.expression().equals(NULL)) {
                throw error("list elements cannot be nullable");
            }
            type = new ParsedType(new TypeExpression.ArrayOf(type.expression()), Nullability.NOT_NULLABLE);
        }
        return type;
    }

    private ParsedType primary(boolean topLevel) {
        String token = take();
        if (token.equals("(")) {
            ParsedType inner = union(false);
            expect(")");
            return inner;
        }
        if (!Character.isLetter(token.charAt(0)) && token.charAt(0) != '_') {
            throw error("expected a type name but found '" + token + "'");
        }
        if (token.equals("null")) {
            return new ParsedType(NULL, Nullability.NOT_NULLABLE);
        }
        if (peek("<")) {
            next++;
            String format = take();
            expect(">");
            return new ParsedType(new TypeExpression.Named(token, format), Nullability.NOT_NULLABLE);
        }
        if (WRAPPERS.contains(token) && peek("[")) {
            next++;
            ParsedType wrapped = wrapper(token, topLevel);
            expect("]");
            return wrapped;
        }
        return new ParsedType(new TypeExpression.Named(token, null), Nullability.NOT_NULLABLE);
    }

    private ParsedType wrapper(String name, boolean topLevel) {
        switch (name) {
            case "Optional", "Nullable", "OptionalNullable" -> {
                if (!topLevel) {
                    throw error(name + "[...] can only wrap the whole type of a field");
                }
                ParsedType inner = union(true);
                boolean nullable = !name.equals("Optional") || inner.nullability() == Nullability.NULLABLE;
                return new ParsedType(inner.expression(), nullable ? Nullability.NULLABLE : Nullability.UNSTATED);
            }
            case "List" -> {
                return notNullable(new TypeExpression.ArrayOf(union(false).expression()));
            }
            case "Dict" -> {
                union(false);
                expect(",");
                return notNullable(new TypeExpression.MapOf(union(false).expression()));
            }
            default -> {
                List<TypeExpression> members = new ArrayList<>();
                members.add(union(false).expression());
                while (peek(",")) {
                    next++;
                    members.add(union(false).expression());
                }
                return notNullable(union(members));
            }
        }
    }

    private static ParsedType notNullable(TypeExpression expression) {
        return new ParsedType(expression, Nullability.NOT_NULLABLE);
    }

    private static TypeExpression union(List<TypeExpression> members) {
        List<TypeExpression> flat = new ArrayList<>();
        for (TypeExpression member : members) {
            if (member instanceof TypeExpression.UnionOf nested) {
                flat.addAll(nested.members());
            } else {
                flat.add(member);
            }
        }
        return new TypeExpression.UnionOf(List.copyOf(flat));
    }

    private boolean peek(String token) {
        return next < tokens.size() && tokens.get(next).equals(token);
    }

    private String take() {
        if (next >= tokens.size()) {
            throw error("the type ends too early");
        }
        return tokens.get(next++);
    }

    private void expect(String token) {
        if (!peek(token)) {
            throw error("expected '" + token + "'" + (next < tokens.size() ? " but found '" + tokens.get(next) + "'" : " at the end"));
        }
        next++;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("type [" + text + "]: " + message);
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int position = 0;
        while (position < text.length()) {
            if (!matcher.find(position) || matcher.start() != position) {
                if (text.substring(position).isBlank()) {
                    break;
                }
                throw new IllegalArgumentException("type [" + text + "]: cannot read '" + text.substring(position).strip() + "'");
            }
            tokens.add(matcher.group(1));
            position = matcher.end();
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("the Type cell is empty");
        }
        return tokens;
    }
}
