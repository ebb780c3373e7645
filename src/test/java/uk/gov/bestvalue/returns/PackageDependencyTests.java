package uk.gov.bestvalue.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The packages import one another without a cycle, so each can be read, and changed, from the bottom up. */
class PackageDependencyTests {

    private static final Path SOURCES = Path.of("src/main/java/uk/gov/bestvalue/returns");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?uk\\.gov\\.bestvalue\\.returns\\.((?:[a-z]+\\.)*)[A-Z]", Pattern.MULTILINE);

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        // given every package's imports of the others
        Map<String, Set<String>> imports = importsByPackage();

        // when each package's dependencies are followed
        List<String> cycles = new ArrayList<>();
        for (String start : imports.keySet()) {
            pathBackTo(start, imports).ifPresent(cycles::add);
        }

        // then none leads back to where it started
        assertThat(imports).containsKeys("spec", "warehouse", "intake");
        assertThat(cycles).isEmpty();
    }

    private static Optional<String> pathBackTo(String start, Map<String, Set<String>> imports) {
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.add(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.poll();
            for (String next : imports.getOrDefault(path.get(path.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return Optional.of(String.join(" -> ", longer));
                }
                if (seen.add(next)) {
                    paths.add(longer);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Set<String>> importsByPackage() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                String pkg = relative.isEmpty() ? "(root)" : relative;
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    String target = matcher.group(1).isEmpty() ? "(root)"
                            : matcher.group(1).substring(0, matcher.group(1).length() - 1);
                    if (!target.equals(pkg)) {
                        imports.computeIfAbsent(pkg, p -> new TreeSet<>()).add(target);
                    }
                }
            }
        }
        return imports;
    }
}
