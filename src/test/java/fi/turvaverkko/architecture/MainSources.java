package fi.turvaverkko.architecture;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The application's Java sources under {@code src/main/java}, parsed once for the architecture tests. */
final class MainSources {

    static final Path ROOT = Path.of("src/main/java");
    static final Path MODULES = ROOT.resolve("fi/turvaverkko");

    /** One parsed file: its path below {@code fi/turvaverkko} (e.g. {@code planning/MeasureService.java}). */
    record Source(String path, CompilationUnit unit) {

        /** The module the file belongs to: the first folder below {@code fi/turvaverkko}, or "" for the root. */
        String module() {
            int slash = path.indexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }

        boolean isDemo() {
            return path.contains("/demo/");
        }
    }

    private static List<Source> sources;

    private MainSources() {}

    static synchronized List<Source> all() {
        if (sources == null) {
            sources = parse();
        }
        return sources;
    }

    /** The modules: the folders directly below {@code fi/turvaverkko}. */
    static List<String> modules() {
        try (Stream<Path> dirs = Files.list(MODULES)) {
            return dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a piece of Java, for the tests that check the rules themselves. */
    static CompilationUnit parse(String code) {
        return parser().parse(code).getResult().orElseThrow();
    }

    private static JavaParser parser() {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    }

    private static List<Source> parse() {
        JavaParser parser = parser();
        List<Source> list = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MODULES)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                ParseResult<CompilationUnit> result = parser.parse(f);
                if (!result.isSuccessful() || result.getResult().isEmpty()) {
                    throw new IllegalStateException("cannot parse " + f + ": " + result.getProblems());
                }
                String path = MODULES.relativize(f).toString().replace('\\', '/');
                list.add(new Source(path, result.getResult().get()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }
}
