package fi.turvaverkko.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * No method or constructor over {@value #METHOD_LINES} lines and no class (a top-level type, from its
 * first annotation to its closing brace) over {@value #CLASS_LINES} lines in {@code src/main/java},
 * outside the {@code demo} packages, unless a comment at the top of it says why it is longer: a
 * comment holding {@code size:}, just above it or on its first lines, e.g. {@code // size: one COPY
 * row writer per table, read top to bottom}.
 *
 * <p>Today's findings are in {@code src/test/resources/allow-lists/sizes.txt} ({@link AllowList}): the
 * list only shrinks.
 */
class SizeLimitTests {

    static final int METHOD_LINES = 80;
    static final int CLASS_LINES = 400;

    @Test
    void methodsAndClassesStayWithinTheirLimits() {
        Map<String, List<String>> findings = new TreeMap<>();
        for (MainSources.Source s : MainSources.all()) {
            if (s.isDemo()) {
                continue;
            }
            for (Oversize o : oversized(s.path(), s.unit())) {
                findings.computeIfAbsent(o.entry(), k -> new ArrayList<>())
                        .add("src/main/java/fi/turvaverkko/" + o.file() + ":" + o.line() + " (" + o.lines()
                                + " lines)");
            }
        }
        AllowList.read("sizes")
                .check(
                        findings,
                        "no method over " + METHOD_LINES + " lines, no class over " + CLASS_LINES
                                + " lines, unless a 'size:' comment says why");
    }

    /** The rule itself: long members are found, and a {@code size:} comment excuses them. */
    @Test
    void theMeasureFindsLongMembersAndHonoursSizeComments() {
        String body = "        x();\n".repeat(METHOD_LINES);
        CompilationUnit unit = MainSources.parse("class Big {\n"
                + "    void longOne() {\n" + body + "    }\n"
                + "    // size: a table of constants, read as one\n"
                + "    void excusedAbove() {\n" + body + "    }\n"
                + "    void excusedInside() {\n        // size: one state machine, its cases side by side\n"
                + body + "    }\n"
                + "    Big() {\n" + body + "    }\n"
                + "    void shortOne() {\n" + "        x();\n".repeat(METHOD_LINES - 2) + "    }\n"
                + "    void x() {}\n"
                + "}\n"
                + "/** size: a second type in the file. */\n"
                + "class Excused {\n" + "    int x;\n".repeat(CLASS_LINES) + "}\n");
        assertThat(oversized("m/Big.java", unit))
                .extracting(Oversize::entry)
                .containsExactly("m/Big.java: class Big", "m/Big.java: method longOne", "m/Big.java: method Big");
    }

    record Oversize(String file, String what, int line, int lines) {

        /** The line of the allow-list: the file (which starts with its module) and the type or method. */
        String entry() {
            return file + ": " + what;
        }
    }

    static List<Oversize> oversized(String path, CompilationUnit unit) {
        List<Oversize> found = new ArrayList<>();
        List<Comment> comments = unit.getAllContainedComments();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            if (lines(type) > CLASS_LINES && !excused(type, comments)) {
                found.add(new Oversize(path, "class " + type.getNameAsString(), begin(type), lines(type)));
            }
            for (CallableDeclaration<?> c : type.findAll(CallableDeclaration.class)) {
                if (lines(c) > METHOD_LINES && !excused(c, comments)) {
                    found.add(new Oversize(path, "method " + c.getNameAsString(), begin(c), lines(c)));
                }
            }
        }
        return found;
    }

    private static int begin(Node node) {
        return node.getBegin().orElseThrow().line;
    }

    private static int lines(Node node) {
        return node.getEnd().orElseThrow().line - begin(node) + 1;
    }

    /**
     * A comment with {@code size:} that is the node's own (its Javadoc or the comment just above it),
     * ends on the line above it (or above its own comment), or starts within its first three lines.
     */
    private static boolean excused(Node node, List<Comment> comments) {
        if (node.getComment().map(c -> c.getContent().contains("size:")).orElse(false)) {
            return true;
        }
        int begin = begin(node);
        int above =
                node.getComment().flatMap(Node::getBegin).map(p -> p.line - 1).orElse(begin - 1);
        for (Comment c : comments) {
            if (!c.getContent().contains("size:") || c.getBegin().isEmpty()) {
                continue;
            }
            int start = c.getBegin().get().line;
            int end = c.getEnd().orElseThrow().line;
            if (end == begin - 1 || end == above || (start >= begin && start <= begin + 2)) {
                return true;
            }
        }
        return false;
    }
}
