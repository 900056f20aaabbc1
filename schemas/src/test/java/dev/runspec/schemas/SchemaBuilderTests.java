package dev.runspec.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaBuilderTests {

    private static final String HEADER = """
            | Field | Type | Required | Nullable | Format | Values | Notes |
            | --- | --- | --- | --- | --- | --- | --- |
            """;
    private static final CatalogueEntry ENTRY = new CatalogueEntry("sample", "Sample", "a page", "A sample.");

    @Test
    void nullableClosedEnumListsNullAmongItsValues() {
        Map<String, Object> gpu = property(build("""
                ## Run
                %s| `gpu` | Optional[GetRunGpu] | :heavy_check_mark: | yes | | GetRunGpu | GPU model. |

                ## Enum: GetRunGpu

                Kind: closed

                | Value |
                | --- |
                | `T4` |
                """.formatted(HEADER)), "gpu");

        assertThat(gpu).containsEntry("type", List.of("string", "null"))
                .containsEntry("enum", Arrays.asList("T4", null))
                .containsEntry("description", "GPU model.");
    }

    @Test
    void knownValuesBecomeAnAnnotationInsteadOfAnEnum() {
        Map<String, Object> status = property(build("""
                ## Run
                %s| `status` | *str* | :heavy_check_mark: | | | Status | |

                ## Enum: Status

                Kind: known-values

                | Value |
                | --- |
                | `queued` |
                """.formatted(HEADER)), "status");

        assertThat(status).containsEntry("type", "string")
                .containsEntry("x-known-values", List.of("queued"))
                .doesNotContainKey("enum");
    }

    @Test
    void nestedModelTakesItsTypeFromTheReferencingSite() {
        Map<String, Object> schema = build("""
                ## Run
                %s| `summary` | Summary \\| null | :heavy_minus_sign: | | | | |

                ## Summary
                %s| `score` | number | :heavy_check_mark: | | | | |
                """.formatted(HEADER, HEADER));

        assertThat(property(schema, "summary")).containsEntry("type", List.of("object", "null"))
                .containsEntry("$ref", "#/$defs/Summary");
        assertThat(definition(schema, "Summary")).doesNotContainKey("type")
                .containsEntry("x-report-unknown-properties", true)
                .containsEntry("required", List.of("score"));
    }

    @Test
    void modelWithoutRowsIsAnInlineFreeFormObject() {
        Map<String, Object> schema = build("""
                ## Run
                %s| `inputs` | operations.WorkflowInputs | :heavy_check_mark: | yes | | | |

                ## WorkflowInputs
                %s""".formatted(HEADER, HEADER));

        assertThat(property(schema, "inputs")).containsEntry("type", List.of("object", "null")).doesNotContainKey("$ref");
        assertThat(schema).doesNotContainKey("$defs");
    }

    @Test
    void optionalWithoutNullableColumnIsRejectedWithItsLine() {
        assertThatExceptionOfType(SpecException.class)
                .isThrownBy(() -> build("""
                        ## Run
                        %s| `progress` | Optional[float] | :heavy_minus_sign: | | | | |
                        """.formatted(HEADER)))
                .withMessageStartingWith("spec/sample.md:4: field 'progress': Optional[...] means");
    }

    @Test
    void unusedEnumIsRejected() {
        assertThatExceptionOfType(SpecException.class)
                .isThrownBy(() -> build("""
                        ## Run
                        %s| `id` | str | :heavy_check_mark: | | | | |

                        ## Enum: Orphan

                        Kind: closed

                        | Value |
                        | --- |
                        | `x` |
                        """.formatted(HEADER)))
                .withMessage("spec/sample.md:6: enum 'Orphan' is not used by any field");
    }

    @Test
    void otherPropertiesLineTypesEveryMemberOutsideTheTable() {
        Map<String, Object> schema = build("""
                ## Run
                %s| `data` | Data | :heavy_check_mark: | | | | |

                ## Data

                Unknown properties: allow

                Other properties: List[Union[components.Item, str, bool]]

                Output names vary.
                %s| `images` | List[Item] | :heavy_minus_sign: | no | | | Images. |

                ## Item
                %s| `url` | str | :heavy_check_mark: | | | | |
                """.formatted(HEADER, HEADER, HEADER));

        assertThat(definition(schema, "Data"))
                .containsEntry("description", "Output names vary.")
                .doesNotContainKey("x-report-unknown-properties")
                .containsEntry("additionalProperties", Map.of("type", "array",
                        "items", Map.of("type", List.of("object", "string", "boolean"), "$ref", "#/$defs/Item")));
        assertThat(definition(schema, "Item")).containsEntry("required", List.of("url"));
    }

    @Test
    void otherPropertiesMayBeNullableAndMakeARowlessModelADefinition() {
        Map<String, Object> schema = build("""
                ## Run
                %s| `labels` | Labels | :heavy_check_mark: | | | | |

                ## Labels

                Other properties: Nullable[str]
                %s""".formatted(HEADER, HEADER));

        assertThat(property(schema, "labels")).containsEntry("$ref", "#/$defs/Labels");
        assertThat(definition(schema, "Labels"))
                .containsEntry("additionalProperties", Map.of("type", List.of("string", "null")))
                .doesNotContainKey("x-report-unknown-properties");
    }

    @Test
    void otherPropertiesWrittenAsOptionalAreRejectedWithTheSectionLine() {
        assertThatExceptionOfType(SpecException.class)
                .isThrownBy(() -> build("""
                        ## Run
                        %s| `labels` | Labels | :heavy_check_mark: | | | | |

                        ## Labels

                        Other properties: Optional[str]
                        %s""".formatted(HEADER, HEADER)))
                .withMessageStartingWith("spec/sample.md:6: 'Other properties:' of 'Labels': write the bare type");
    }

    @Test
    void otherPropertiesNamingAnUnknownModelIsRejected() {
        assertThatExceptionOfType(SpecException.class)
                .isThrownBy(() -> build("""
                        ## Run
                        %s| `labels` | Labels | :heavy_check_mark: | | | | |

                        ## Labels

                        Other properties: List[Missing]
                        %s""".formatted(HEADER, HEADER)))
                .withMessage("spec/sample.md:6: field '(other properties)': unknown type 'Missing': not a primitive,"
                        + " a model section or an enum table");
    }

    private static Map<String, Object> build(String markdown) {
        SchemaSpec spec = SpecParser.parse("spec/sample.md", markdown.lines().toList());
        return SchemaBuilder.build(spec, ENTRY);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> property(Map<String, Object> schema, String name) {
        return (Map<String, Object>) ((Map<String, Object>) schema.get("properties")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> definition(Map<String, Object> schema, String name) {
        return (Map<String, Object>) ((Map<String, Object>) schema.get("$defs")).get(name);
    }
}
