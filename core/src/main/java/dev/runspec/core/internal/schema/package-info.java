/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>A run schema read as a tree for making and judging bodies without Pact JVM: {@link
 * dev.runspec.core.internal.schema.SchemaTree} and {@link dev.runspec.core.internal.schema.SchemaNode}
 * (the one walker the Pact bodies and the run generator share), {@link
 * dev.runspec.core.internal.schema.FieldKind}, default {@link
 * dev.runspec.core.internal.schema.ExampleValues}, {@link dev.runspec.core.internal.schema.MemberPath}
 * and {@link dev.runspec.core.internal.schema.ValueCheck} (what the validator says of one value).
 */
package dev.runspec.core.internal.schema;
