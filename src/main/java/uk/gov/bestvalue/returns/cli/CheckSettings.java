package uk.gov.bestvalue.returns.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import tools.jackson.databind.JsonNode;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.workbook.ReadLimits;

/**
 * The settings {@code check} needs, looked up without starting Spring where the application looks them up and in
 * the same order: an argument such as {@code --pipeline.jobs-dir=DIR}, a Java system property, an environment
 * variable such as {@code PIPELINE_JOBS_DIR}, then the default in application.yml.
 *
 * @param jobsDir      the folder of the runtime definitions; the copy in the jar is used when it is absent
 * @param maxFileBytes files larger than this are rejected unread
 * @param limits       how much of a file is read before it is refused ({@code pipeline.limits.*}), with maxFileBytes
 */
record CheckSettings(Path jobsDir, long maxFileBytes, ReadLimits limits) {

    static final String JOBS_DIR = "jobs-dir";
    static final String MAX_FILE_BYTES = "max-file-bytes";

    /** The settings for this command line, environment and system properties. */
    static CheckSettings resolve(String[] args, Map<String, String> environment, Properties system) {
        JsonNode defaults = defaults();
        String jobsDir = value(JOBS_DIR, args, environment, system, defaults);
        String maxFileBytes = value(MAX_FILE_BYTES, args, environment, system, defaults);
        long maxBytes;
        try {
            maxBytes = Long.parseLong(maxFileBytes.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("pipeline." + MAX_FILE_BYTES + " must be a number of bytes, not '"
                    + maxFileBytes + "'");
        }
        ReadLimits limits = new ReadLimits(maxBytes, number("limits.uncompressed-bytes", args, environment, system,
                defaults), (int) number("limits.inflate-ratio", args, environment, system, defaults),
                (int) number("limits.shared-strings", args, environment, system, defaults),
                number("limits.shared-strings-bytes", args, environment, system, defaults),
                (int) number("limits.cells-per-row", args, environment, system, defaults),
                (int) number("limits.sheets", args, environment, system, defaults),
                (int) number("limits.cell-chars", args, environment, system, defaults));
        return new CheckSettings(Path.of(jobsDir), maxBytes, limits);
    }

    /** One {@code pipeline.*} setting, looked up as {@code check}'s are (e.g. {@code web.users-file}). */
    static String setting(String name, String[] args, Map<String, String> environment, Properties system) {
        return value(name, args, environment, system, defaults());
    }

    private static long number(String name, String[] args, Map<String, String> environment, Properties system,
                               JsonNode defaults) {
        String value = value(name, args, environment, system, defaults);
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("pipeline." + name + " must be a whole number, not '" + value + "'");
        }
    }

    private static String value(String name, String[] args, Map<String, String> environment, Properties system,
                                JsonNode defaults) {
        String canonical = canonical("pipeline." + name);
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2 && canonical(arg.substring(2, equals)).equals(canonical)) {
                return arg.substring(equals + 1);
            }
        }
        for (String key : system.stringPropertyNames()) {
            if (canonical(key).equals(canonical)) {
                return system.getProperty(key);
            }
        }
        for (String variable : environmentNames("pipeline." + name)) {
            if (environment.containsKey(variable)) {
                return environment.get(variable);
            }
        }
        JsonNode value = defaults.path("pipeline");
        for (String key : name.split("\\.")) {
            value = value.path(key);
        }
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalStateException("application.yml has no default for pipeline." + name);
        }
        return value.asString();
    }

    /** Spring's relaxed names: {@code jobs-dir}, {@code jobsDir} and {@code jobs_dir} are one setting. */
    private static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** The environment variables Spring reads for a setting: PIPELINE_JOBSDIR or PIPELINE_JOBS_DIR, either case. */
    private static List<String> environmentNames(String name) {
        String joined = name.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
        String separated = name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        return List.of(joined, separated, joined.toLowerCase(Locale.ROOT), separated.toLowerCase(Locale.ROOT));
    }

    /** application.yml as packaged: the one place the defaults are written. */
    private static JsonNode defaults() {
        try (InputStream in = CheckSettings.class.getClassLoader().getResourceAsStream("application.yml")) {
            if (in == null) {
                throw new IllegalStateException("application.yml is not on the classpath");
            }
            return JobDefinitions.yamlTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application.yml", e);
        }
    }
}
