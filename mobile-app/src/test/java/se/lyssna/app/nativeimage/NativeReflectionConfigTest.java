package se.lyssna.app.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A native Android/iOS build reflects only on the classes in gluonfx's reflection list, so every class the app
 * hands to Jackson (the types read in its sources and every record, sealed subtype and enum reachable from them)
 * must be listed, and every listed class must exist.
 */
class NativeReflectionConfigTest {
    private static final Pattern READ = Pattern.compile(
            "(?:readValue|read)\\([^;]*?,\\s*([A-Z][\\w.]*)\\.class\\)|TypeReference<List<([\\w.]+)>>");
    private static final Pattern LISTED = Pattern.compile("<list>([\\w.$]+)</list>");
    private static final List<String> PACKAGES = List.of("se.lyssna.app.api.", "se.lyssna.app.storage.");

    @Test
    void everyDeserialisedClass_isInTheReflectionList() throws IOException {
        Set<String> listed = reflectionList();
        Set<String> needed = new TreeSet<>();
        for (Class<?> root : deserialisedRoots()) {
            walk(root, needed);
        }
        assertThat(needed).as("classes Jackson reads").contains("se.lyssna.app.api.QuestionnaireDto");
        assertThat(listed).as("gluonfx reflectionList in mobile-app/pom.xml").containsAll(needed);
    }

    @Test
    void everyListedClass_exists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String name : reflectionList()) {
            try {
                Class.forName(name);
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> reflectionList() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String section = pom.substring(pom.indexOf("<reflectionList>"), pom.indexOf("</reflectionList>"));
        Set<String> out = new TreeSet<>();
        Matcher m = LISTED.matcher(section);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The types named in the main sources' Jackson reads. */
    private static Set<Class<?>> deserialisedRoots() throws IOException {
        Set<Class<?>> roots = new java.util.HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher pkg = Pattern.compile("package ([\\w.]+);").matcher(source);
                String here = pkg.find() ? pkg.group(1) + "." : "";
                String top = here + file.getFileName().toString().replace(".java", "");
                Matcher m = READ.matcher(source);
                while (m.find()) {
                    roots.add(resolve(m.group(1) != null ? m.group(1) : m.group(2), List.of(top + "$", here)));
                }
            }
        }
        return roots;
    }

    private static Class<?> resolve(String simple, List<String> local) {
        List<String> prefixes = new ArrayList<>(local);
        prefixes.addAll(PACKAGES);
        for (String pkg : prefixes) {
            try {
                return Class.forName(pkg + simple.replace('.', '$'));
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        throw new AssertionError("cannot resolve " + simple);
    }

    private static void walk(Type type, Set<String> into) {
        if (type instanceof ParameterizedType) {
            for (Type arg : ((ParameterizedType) type).getActualTypeArguments()) {
                walk(arg, into);
            }
            walk(((ParameterizedType) type).getRawType(), into);
            return;
        }
        if (!(type instanceof Class<?> c) || !c.getName().startsWith("se.lyssna.") || !into.add(c.getName())) {
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                walk(rc.getGenericType(), into);
            }
        }
        if (c.isSealed()) {
            for (Class<?> sub : c.getPermittedSubclasses()) {
                walk(sub, into);
            }
        }
    }
}
