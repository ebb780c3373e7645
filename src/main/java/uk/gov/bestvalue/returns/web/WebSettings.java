package uk.gov.bestvalue.returns.web;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live page's settings ({@code pipeline.web.*}).
 *
 * @param port           the port {@code serve} listens on
 * @param address        the address it listens on: the server's own (127.0.0.1) unless opened behind a TLS proxy
 * @param usersFile      who may sign in, with their bcrypt hashes (written by {@code users add})
 * @param maxUploadBytes a file to check larger than this is refused unread
 * @param uploadDir      where an upload waits while it is checked; the system's temporary folder when empty
 */
@ConfigurationProperties("pipeline.web")
public record WebSettings(@DefaultValue("8080") int port, @DefaultValue("127.0.0.1") String address,
                          @DefaultValue("jobs/users.yml") Path usersFile,
                          @DefaultValue("20971520") long maxUploadBytes, @DefaultValue("") String uploadDir) {

    /** The folder an upload is written to while it is checked. */
    public Path uploadFolder() {
        return uploadDir == null || uploadDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"))
                : Path.of(uploadDir);
    }
}
