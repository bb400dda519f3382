package fi.turvaverkko.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A module's root package is its API: every public type there is used by another module, directly
 * (another module's class refers to it) or as part of a used type's public signatures (the record a
 * used facade returns). A root type no other module uses belongs below, in {@code domain/} or
 * {@code web/}, where Spring Modulith keeps it internal (docs/architecture.md). A module nested in
 * another (a package below a module's root with its own {@code @ApplicationModule}, like {@code
 * planning.actionlist}) is a module of its own here too: what it uses of its parent's root is used.
 *
 * <p>Today's findings are in {@code src/test/resources/allow-lists/unused-api.txt} ({@link
 * AllowList}): the list only shrinks.
 */
class ModuleApiTests {

    static final String BASE = "fi.turvaverkko";

    private static JavaClasses classes;

    private static List<String> nested;

    static synchronized JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(BASE);
        }
        return classes;
    }

    @Test
    void everyPublicRootTypeIsUsedByAnotherModule() {
        Map<String, List<String>> findings = new TreeMap<>();
        for (String type : unusedRootTypes(classes())) {
            findings.put(type.substring(BASE.length() + 1), List.of());
        }
        AllowList.read("unused-api").check(findings, "a public type at a module's root is used by another module");
    }

    /** The rule itself: what other modules use is API, a module that does not exist has none. */
    @Test
    void theRuleSeesWhatOtherModulesUse() {
        Set<String> unused = unusedRootTypes(classes());
        assertThat(unused).doesNotContain("fi.turvaverkko.identity.CurrentUser", "fi.turvaverkko.shared.PageResult");
        assertThat(api(classes(), "identity")).contains("fi.turvaverkko.identity.CurrentUser");
        assertThat(api(classes(), "nothing")).isEmpty();
        assertThat(nestedModules()).contains("planning.actionlist");
        assertThat(unused).doesNotContain("fi.turvaverkko.planning.GoalsRemoved");
    }

    /** The public top-level types at the modules' roots that no other module uses. */
    static Set<String> unusedRootTypes(JavaClasses all) {
        Set<String> unused = new java.util.TreeSet<>();
        List<String> modules = new ArrayList<>(MainSources.modules());
        modules.addAll(nestedModules());
        for (String module : modules) {
            Set<String> api = api(all, module);
            for (JavaClass c : rootTypes(all, module)) {
                if (!api.contains(c.getName())) {
                    unused.add(c.getName());
                }
            }
        }
        return unused;
    }

    /**
     * The module's root types that another module uses, and those that their public members take or
     * give (the records of a used facade), until nothing is added.
     */
    static Set<String> api(JavaClasses all, String module) {
        List<JavaClass> roots = rootTypes(all, module);
        Set<String> rootNames = new HashSet<>();
        roots.forEach(c -> rootNames.add(c.getName()));
        Set<String> api = new HashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        for (JavaClass c : roots) {
            if (usedOutside(c, module)) {
                api.add(c.getName());
                todo.add(c);
            }
        }
        while (!todo.isEmpty()) {
            JavaClass c = todo.pop();
            for (JavaClass t : signatureTypes(c)) {
                String name = topLevel(t).getName();
                if (rootNames.contains(name) && api.add(name)) {
                    todo.add(topLevel(t));
                }
            }
        }
        return api;
    }

    private static List<JavaClass> rootTypes(JavaClasses all, String module) {
        String pkg = BASE + "." + module;
        List<JavaClass> list = new ArrayList<>();
        for (JavaClass c : all) {
            if (c.getPackageName().equals(pkg)
                    && c.isTopLevelClass()
                    && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && !c.getSimpleName().equals("package-info")) {
                list.add(c);
            }
        }
        return list;
    }

    /** Whether a class of another module refers to the type or to a type nested in it. */
    private static boolean usedOutside(JavaClass type, String module) {
        Set<JavaClass> self = new HashSet<>();
        self.add(type);
        collectNested(type, self);
        for (JavaClass t : self) {
            for (var d : t.getDirectDependenciesToSelf()) {
                String other = moduleOf(d.getOriginClass());
                if (other != null && !other.equals(module)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collectNested(JavaClass type, Set<JavaClass> into) {
        for (JavaClass n : classes()) {
            if (n.getName().startsWith(type.getName() + "$")) {
                into.add(n);
            }
        }
    }

    /** The types a public member of the class (or of a class nested in it) takes or gives. */
    private static Set<JavaClass> signatureTypes(JavaClass type) {
        Set<JavaClass> nested = new HashSet<>();
        nested.add(type);
        collectNested(type, nested);
        Set<JavaClass> found = new HashSet<>();
        for (JavaClass c : nested) {
            for (JavaCodeUnit u : c.getCodeUnits()) {
                if (u.getModifiers().contains(JavaModifier.PUBLIC)) {
                    found.addAll(u.getReturnType().getAllInvolvedRawTypes());
                    for (JavaType p : u.getParameterTypes()) {
                        found.addAll(p.getAllInvolvedRawTypes());
                    }
                }
            }
            for (JavaField f : c.getFields()) {
                if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
                    found.addAll(f.getType().getAllInvolvedRawTypes());
                }
            }
            if (c.getRawSuperclass().map(r -> r.isEquivalentTo(Record.class)).orElse(false)) {
                c.getFields().forEach(f -> found.addAll(f.getType().getAllInvolvedRawTypes()));
            }
        }
        return found;
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    /**
     * The modules nested in another, as "parent.child": the packages below a module's root whose
     * package-info declares an {@code @ApplicationModule}.
     */
    static synchronized List<String> nestedModules() {
        if (nested == null) {
            List<String> found = new ArrayList<>();
            for (JavaClass c : classes()) {
                String pkg = c.getPackageName();
                if (c.getSimpleName().equals("package-info")
                        && c.isAnnotatedWith("org.springframework.modulith.ApplicationModule")
                        && pkg.startsWith(BASE + ".")
                        && pkg.indexOf('.', BASE.length() + 1) > 0) {
                    found.add(pkg.substring(BASE.length() + 1));
                }
            }
            nested = List.copyOf(found);
        }
        return nested;
    }

    /** The module a class belongs to (a nested one if it is in one), or null for a class outside every module. */
    private static String moduleOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(BASE + ".")) {
            return null;
        }
        String rest = pkg.substring(BASE.length() + 1);
        for (String n : nestedModules()) {
            if (rest.equals(n) || rest.startsWith(n + ".")) {
                return n;
            }
        }
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
