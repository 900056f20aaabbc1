package dev.runspec.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import dev.runspec.core.RunValidator;
import dev.runspec.junit.RunAssertions;
import dev.runspec.okhttp.RunResponseInterceptor;
import dev.runspec.pact.RunBody;
import dev.runspec.restassured.RunResponseFilter;
import dev.runspec.spring.RunResponseClientInterceptor;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Every {@code ```java} block in the repository's markdown files (the README, the module READMEs,
 * {@code docs/}) compiles as written against the modules this project depends on, so a user can
 * paste it into a file. One test per block, named {@code FILE:LINE} after its opening fence.
 */
class ReadmeSnippetsCompileTests {

    /** The Java blocks the markdown files hold today; finding fewer means the extractor broke. */
    static final int BLOCKS_TODAY = 7;

    static final Path ROOT = repositoryRoot();

    @TestFactory
    Stream<DynamicTest> every_java_block_in_the_markdown_files_compiles(@TempDir Path out) throws IOException {
        List<JavaBlock> blocks = JavaBlock.findUnder(ROOT);

        assertThat(blocks).as("java blocks under %s", ROOT).hasSizeGreaterThanOrEqualTo(BLOCKS_TODAY);
        return blocks.stream().map(block -> dynamicTest(block.name(), () -> {
            Optional<String> errors = compile(block, Files.createTempDirectory(out, "block"));
            if (errors.isPresent()) {
                fail(errors.get());
            }
        }));
    }

    @Test
    void a_block_missing_an_import_fails_with_its_lines_in_the_markdown_file(@TempDir Path out) {
        List<String> markdown = List.of(
                "# Title",
                "",
                "```java",
                "import dev.runspec.core.RunValidator;",
                "",
                "public class Broken {",
                "    ValidationResult result = RunValidator.builder().build().validate(\"auto\", \"{}\");",
                "}",
                "```");
        List<JavaBlock> blocks = JavaBlock.parse("docs/broken.md", markdown);

        assertThat(blocks).extracting(JavaBlock::name, JavaBlock::className)
                .containsExactly(tuple("docs/broken.md:3", "Broken"));
        assertThat(compile(blocks.get(0), out)).hasValueSatisfying(errors -> assertThat(errors)
                .startsWith("docs/broken.md:3 (class Broken) does not compile")
                .contains("block line 4 (docs/broken.md:7): cannot find symbol")
                .contains("> ValidationResult result"));
    }

    @Test
    void the_test_class_path_holds_every_module_the_snippets_import() {
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().normalize())
                .collect(Collectors.toList());

        for (Class<?> type : List.of(RunValidator.class, RunAssertions.class, RunBody.class,
                PactConsumerTestExt.class, Test.class, ParameterizedTest.class, Assertions.class,
                RunResponseInterceptor.class, RunResponseFilter.class, RunResponseClientInterceptor.class)) {
            assertThat(classPath).as("class path entry of %s", type.getName()).contains(locationOf(type));
        }
    }

    /** The compiler's errors, with the lines they point at, or empty when the block compiles. */
    static Optional<String> compile(JavaBlock block, Path out) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("the JDK's compiler (is this a JRE?)").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of(
                "--release", "17", "-proc:none", "-implicit:none",
                "-classpath", System.getProperty("java.class.path"),
                "-d", out.toString());
        boolean compiled = compiler.getTask(null, null, diagnostics, options, null, List.of(block.source())).call();
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .collect(Collectors.toList());
        if (compiled && errors.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder(block.name())
                .append(" (class ").append(block.className()).append(") does not compile against the test class path:");
        for (Diagnostic<? extends JavaFileObject> error : errors) {
            message.append("\n  ").append(block.where(error.getLineNumber()))
                    .append(": ").append(error.getMessage(Locale.ROOT).replace("\n", "\n    "));
            block.line(error.getLineNumber()).ifPresent(line -> message.append("\n    > ").append(line.strip()));
        }
        return Optional.of(message.toString());
    }

    static Path repositoryRoot() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path root = module.getParent();
        assertThat(root.resolve("pom.xml")).as("the repository root above %s", module).isRegularFile();
        assertThat(root.resolve("README.md")).isRegularFile();
        return root;
    }

    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One {@code ```java} block: the markdown file (relative to the root), its fence line, its text. */
    record JavaBlock(String file, int fenceLine, List<String> lines, String className) {

        static final Pattern OPENING = Pattern.compile("^\\s{0,3}```\\s*java\\b.*$");
        static final Pattern CLOSING = Pattern.compile("^\\s{0,3}```\\s*$");
        static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
                "^(public\\s+)?(?:(?:abstract|final|sealed|non-sealed)\\s+)*(?:class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)",
                Pattern.MULTILINE);

        /** The blocks of every markdown file under root, skipping build output and hidden folders. */
        static List<JavaBlock> findUnder(Path root) throws IOException {
            List<Path> markdown = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName().toString();
                    boolean skipped = !dir.equals(root)
                            && (name.startsWith(".") || name.equals("target") || name.equals("node_modules"));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getFileName().toString().endsWith(".md")) {
                        markdown.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            List<JavaBlock> blocks = new ArrayList<>();
            for (Path file : markdown.stream().sorted().collect(Collectors.toList())) {
                String relative = root.relativize(file).toString().replace(File.separatorChar, '/');
                blocks.addAll(parse(relative, Files.readAllLines(file, UTF_8)));
            }
            return blocks;
        }

        static List<JavaBlock> parse(String file, List<String> markdown) {
            List<JavaBlock> blocks = new ArrayList<>();
            for (int i = 0; i < markdown.size(); i++) {
                if (!OPENING.matcher(markdown.get(i)).matches()) {
                    continue;
                }
                int fence = i + 1;
                int end = i + 1;
                while (end < markdown.size() && !CLOSING.matcher(markdown.get(end)).matches()) {
                    end++;
                }
                assertThat(end).as("%s:%d: the java block is never closed", file, fence).isLessThan(markdown.size());
                List<String> lines = List.copyOf(markdown.subList(i + 1, end));
                blocks.add(new JavaBlock(file, fence, lines, classNameOf(file + ":" + fence, lines)));
                i = end;
            }
            return blocks;
        }

        /** The public top-level type's name, else the first top-level type's, as javac wants the file named. */
        static String classNameOf(String where, List<String> lines) {
            Matcher types = TOP_LEVEL_TYPE.matcher(String.join("\n", lines));
            String first = null;
            while (types.find()) {
                if (types.group(1) != null) {
                    return types.group(2);
                }
                if (first == null) {
                    first = types.group(2);
                }
            }
            if (first == null) {
                fail(where + ": the java block declares no top-level class; make it a complete file a user can paste");
            }
            return first;
        }

        String name() {
            return file + ":" + fenceLine;
        }

        /** Line n of the block, with the markdown line it is on. */
        String where(long n) {
            return n < 1 ? name() : "block line " + n + " (" + file + ":" + (fenceLine + n) + ")";
        }

        Optional<String> line(long n) {
            return n >= 1 && n <= lines.size() ? Optional.of(lines.get((int) n - 1)) : Optional.empty();
        }

        JavaFileObject source() {
            String text = String.join("\n", lines) + "\n";
            return new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            };
        }
    }
}
