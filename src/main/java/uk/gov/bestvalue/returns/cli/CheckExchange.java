package uk.gov.bestvalue.returns.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What a {@code check} typed at a prompt sends its resident checker, and what comes back: the command as typed
 * (words, working folder and the {@code pipeline.*} settings of its environment and system properties) and what the
 * command prints and exits with. Strings travel as UTF-8 with their length, so no size of path or value is too long.
 */
final class CheckExchange {

    /** Bumped whenever either message changes; a checker answers only requests of its own version. */
    static final int VERSION = 0x52504331; // "RPC1"

    /** No word, path or setting of a command is longer: a longer one is not a check's, and is not allocated. */
    private static final int MAX_REQUEST_STRING = 1 << 20;

    private CheckExchange() {
    }

    /**
     * A check as it was typed.
     *
     * @param workingDirectory the folder it was typed in, absolute: relative paths are read from there
     * @param charset          the encoding of the caller's standard output and error, which the answer is written in
     * @param environment      the variables that can set a {@code pipeline.*} setting, and only those
     * @param system           the system properties that can, and only those
     */
    record Request(String workingDirectory, String charset, String[] args, Map<String, String> environment,
                   Properties system) {

        /** The request for a command typed in this process: the settings it carries are only the pipeline's. */
        static Request of(String[] args, String workingDirectory, String charset, Map<String, String> environment,
                          Properties system) {
            Map<String, String> settings = new LinkedHashMap<>();
            environment.forEach((name, value) -> {
                if (name.toUpperCase(Locale.ROOT).startsWith("PIPELINE_")) {
                    settings.put(name, value);
                }
            });
            Properties properties = new Properties();
            for (String name : system.stringPropertyNames()) {
                if (name.toLowerCase(Locale.ROOT).startsWith("pipeline.")) {
                    properties.setProperty(name, system.getProperty(name));
                }
            }
            return new Request(workingDirectory, charset, args, settings, properties);
        }

        void write(DataOutputStream out) throws IOException {
            out.writeInt(VERSION);
            writeString(out, workingDirectory);
            writeString(out, charset);
            out.writeInt(args.length);
            for (String arg : args) {
                writeString(out, arg);
            }
            out.writeInt(environment.size());
            for (Map.Entry<String, String> variable : environment.entrySet()) {
                writeString(out, variable.getKey());
                writeString(out, variable.getValue());
            }
            out.writeInt(system.size());
            for (String name : system.stringPropertyNames()) {
                writeString(out, name);
                writeString(out, system.getProperty(name));
            }
            out.flush();
        }

        static Request read(DataInputStream in) throws IOException {
            if (in.readInt() != VERSION) {
                throw new IOException("a check request of another version");
            }
            String workingDirectory = readString(in);
            String charset = readString(in);
            String[] args = new String[count(in)];
            for (int i = 0; i < args.length; i++) {
                args[i] = readString(in);
            }
            Map<String, String> environment = new LinkedHashMap<>();
            for (int i = count(in); i > 0; i--) {
                environment.put(readString(in), readString(in));
            }
            Properties system = new Properties();
            for (int i = count(in); i > 0; i--) {
                system.setProperty(readString(in), readString(in));
            }
            return new Request(workingDirectory, charset, args, environment, system);
        }
    }

    /**
     * What the command printed and its exit code.
     *
     * @param out  its standard output, as bytes
     * @param err  its standard error, as bytes
     */
    record Reply(int exitCode, byte[] out, byte[] err) {

        void write(DataOutputStream stream) throws IOException {
            stream.writeInt(VERSION);
            stream.writeInt(exitCode);
            writeBytes(stream, out);
            writeBytes(stream, err);
            stream.flush();
        }

        static Reply read(DataInputStream in) throws IOException {
            if (in.readInt() != VERSION) {
                throw new IOException("a check reply of another version");
            }
            return new Reply(in.readInt(), readBytes(in), readBytes(in));
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = count(in);
        if (length > MAX_REQUEST_STRING) {
            throw new IOException("a check request with a string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return bytes;
    }

    /** A count or length sent by the other side, refused when negative (a stream that is not a check's). */
    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("not a check message");
        }
        return count;
    }
}
