package uk.gov.bestvalue.returns.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The runtime definitions in {@code jobs/}: read from a folder when one is configured (so a council
 * can edit them without a rebuild), else from the copy packaged in the jar.
 */
public final class JobDefinitions {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Path folder;

    /** Definitions from {@code folder}, or from the classpath's {@code jobs/} when it is null or absent. */
    public JobDefinitions(Path folder) {
        this.folder = folder != null && Files.isDirectory(folder) ? folder : null;
    }

    /** The definitions packaged in the jar. */
    public static JobDefinitions packaged() {
        return new JobDefinitions(null);
    }

    /** Whether an optional definition, e.g. {@code column-pins.yml}, is there. */
    public boolean exists(String name) {
        return folder != null ? Files.isRegularFile(folder.resolve(name))
                : JobDefinitions.class.getClassLoader().getResource("jobs/" + name) != null;
    }

    /** Reads any YAML document as a tree, with the mapper the definitions are read with (one is costly to build). */
    public static JsonNode yamlTree(InputStream in) {
        return YAML.readTree(in);
    }

    /** Reads one YAML file, e.g. {@code rules.yml}, as a tree. */
    public JsonNode tree(String name) {
        try (InputStream in = open(name)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read jobs/" + name, e);
        }
    }

    /** Reads one YAML file into a record. */
    public <T> T read(String name, Class<T> type) {
        try (InputStream in = open(name)) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read jobs/" + name, e);
        }
    }

    /** Reads every {@code *.yml} of a sub-folder, e.g. {@code returns}, into records. */
    public <T> List<T> readAll(String subFolder, Class<T> type) {
        List<T> all = new ArrayList<>();
        try {
            if (folder != null) {
                try (Stream<Path> files = Files.list(folder.resolve(subFolder))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            all.add(YAML.readValue(in, type));
                        }
                    }
                }
            } else {
                Resource[] resources = new PathMatchingResourcePatternResolver()
                        .getResources("classpath:jobs/" + subFolder + "/*.yml");
                for (Resource resource : resources) {
                    try (InputStream in = resource.getInputStream()) {
                        all.add(YAML.readValue(in, type));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read jobs/" + subFolder, e);
        }
        return all;
    }

    private InputStream open(String name) throws IOException {
        if (folder != null) {
            return Files.newInputStream(folder.resolve(name));
        }
        InputStream in = JobDefinitions.class.getClassLoader().getResourceAsStream("jobs/" + name);
        if (in == null) {
            throw new IOException("jobs/" + name + " is not on the classpath");
        }
        return in;
    }
}
