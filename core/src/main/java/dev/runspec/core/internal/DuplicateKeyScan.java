package dev.runspec.core.internal;

import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import dev.runspec.shaded.jackson.core.JacksonException;
import dev.runspec.shaded.jackson.core.JsonParser;
import dev.runspec.shaded.jackson.core.JsonToken;
import dev.runspec.shaded.jackson.core.TokenStreamLocation;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/**
 * One streaming pass over text that the strict parse refused: every duplicate key with its
 * position, and the first point (if any) where the text stops being JSON or exceeds a limit.
 *
 * @param duplicates one violation per repeated key, at the repeat
 * @param fatal the malformed-json or limit violation that ended the scan, or null
 */
public record DuplicateKeyScan(List<Violation> duplicates, Violation fatal) {

    public static DuplicateKeyScan of(String text, JsonMapper lenient, Limits limits, PolicyLabels labels) {
        List<Violation> duplicates = new ArrayList<>();
        Deque<Set<String>> names = new ArrayDeque<>();
        boolean rootDone = false;
        JsonParser parser = lenient.createParser(text);
        try {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (rootDone) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    return new DuplicateKeyScan(duplicates, labels.violation("", Rule.MALFORMED_JSON, "end of text", null,
                            "not valid JSON: there is more text after the end of the JSON value",
                            JsonDocumentReader.line(at), JsonDocumentReader.column(at)));
                }
                switch (token) {
                    case START_OBJECT -> names.push(new HashSet<>());
                    case END_OBJECT -> names.pop();
                    case PROPERTY_NAME -> {
                        String name = parser.currentName();
                        if (!names.peek().add(name)) {
                            TokenStreamLocation at = parser.currentTokenLocation();
                            String pointer = parser.streamReadContext().pathAsPointer().toString();
                            duplicates.add(labels.violation(pointer, Rule.DUPLICATE_KEY, null, name,
                                    "\"" + ShortText.of(name) + "\" appears more than once in the same object;"
                                            + " parsers disagree on which value wins (runspec checks the last)",
                                    JsonDocumentReader.line(at), JsonDocumentReader.column(at)));
                        }
                    }
                    // Read, so that a string over the length limit ends the scan here, at its place.
                    case VALUE_STRING -> parser.getText();
                    default -> {
                    }
                }
                if (parser.streamReadContext().inRoot() && token != JsonToken.PROPERTY_NAME) {
                    rootDone = true;
                }
            }
            if (!rootDone) {
                return new DuplicateKeyScan(duplicates, labels.violation("", Rule.MALFORMED_JSON, "a JSON value", null,
                        "the document is empty: there is no JSON value in it", 1, 1));
            }
            return new DuplicateKeyScan(duplicates, null);
        } catch (JacksonException e) {
            // Read while the parser is open: once closed, its location is wherever its buffer happened to end.
            TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            return new DuplicateKeyScan(duplicates, MalformedJsonMessages.violation(e, rootDone, limits, labels,
                    JsonDocumentReader.line(at), JsonDocumentReader.column(at)));
        } finally {
            parser.close();
        }
    }
}
