package dev.runspec.maven;

import dev.runspec.core.InputFiles;
import dev.runspec.core.RunValidator;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * One folder of recorded run responses and the schema they must follow, as an element of the
 * goal's {@code <fixtureSets>}:
 *
 * <pre>{@code
 * <fixtureSet>
 *   <schema>runflow-v1</schema>
 *   <directory>src/test/resources/runflow</directory>
 *   <excludes><exclude>drafts/*.json</exclude></excludes>
 * </fixtureSet>
 * }</pre>
 *
 * <p>Files ending in {@code .ndjson} or {@code .jsonl} hold one response per line and are checked
 * line by line; every other file is one response. With {@code <sequence>true</sequence>} each such
 * file is a poll log: each run's consecutive responses are also checked against the schema's
 * {@code sequence-*} rules (a finished run that changes status, progress that goes down, ...).
 */
public class FixtureSet {

    /** The includes used when a set names none. */
    static final List<String> DEFAULT_INCLUDES = InputFiles.includePatterns();

    private String schema = RunValidator.AUTO;
    private File directory;
    private List<String> includes = new ArrayList<>();
    private List<String> excludes = new ArrayList<>();
    private boolean sequence;

    /** An empty set, as Maven creates it before filling in the configuration. */
    public FixtureSet() {
    }

    FixtureSet(String schema, File directory) {
        this.schema = schema;
        this.directory = directory;
    }

    /** The schema id every fixture must follow, or {@code auto} (the default) to pick one per fixture by its shape. */
    public String getSchema() {
        return schema;
    }

    /** Sets the schema id; blank means {@code auto}. */
    public void setSchema(String schema) {
        this.schema = schema == null || schema.isBlank() ? RunValidator.AUTO : schema.trim();
    }

    /** The folder that holds the fixtures; relative paths are resolved against the project's base directory. Required. */
    public File getDirectory() {
        return directory;
    }

    /** Sets the folder that holds the fixtures. */
    public void setDirectory(File directory) {
        this.directory = directory;
    }

    /**
     * Ant-style patterns, relative to the directory, of the files to check. Defaults to
     * {@code **}{@code /*.json}, {@code **}{@code /*.ndjson} and {@code **}{@code /*.jsonl}.
     */
    public List<String> getIncludes() {
        return includes;
    }

    /** Sets the include patterns. */
    public void setIncludes(List<String> includes) {
        this.includes = includes == null ? new ArrayList<>() : new ArrayList<>(includes);
    }

    /** Ant-style patterns of files to leave out, applied after the includes. None by default. */
    public List<String> getExcludes() {
        return excludes;
    }

    /** Sets the exclude patterns. */
    public void setExcludes(List<String> excludes) {
        this.excludes = excludes == null ? new ArrayList<>() : new ArrayList<>(excludes);
    }

    /** True when each NDJSON file of the set is a poll log, checked as a sequence too. False by default. */
    public boolean isSequence() {
        return sequence;
    }

    /** Marks the set's NDJSON files as poll logs. */
    public void setSequence(boolean sequence) {
        this.sequence = sequence;
    }

    /** The includes in force: the configured ones, or the defaults when none are configured. */
    List<String> effectiveIncludes() {
        return includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
    }

    @Override
    public String toString() {
        return "FixtureSet[" + schema + ", " + directory + (sequence ? ", sequence" : "") + "]";
    }
}
