package uk.gov.bestvalue.returns.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.access.Role;
import uk.gov.bestvalue.returns.access.UserAccount;
import uk.gov.bestvalue.returns.access.UsersFile;
import uk.gov.bestvalue.returns.cli.MonthlyCommand;
import uk.gov.bestvalue.returns.config.PipelineProperties;
import uk.gov.bestvalue.returns.intake.InboxPoller;
import uk.gov.bestvalue.returns.intake.IntakeFolders;

/**
 * The base of the live page's tests: {@code serve}'s web server on a random port over the real warehouse, holding
 * the sample month as the demo leaves it (every sample through the inbox, then January 2016's monthly run), and a
 * users file with a programme office user and the lead of Adults' Services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "pipeline.web.max-upload-bytes=1048576"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LivePageTest {

    static final String OFFICE = "office";
    static final String OFFICE_PASSWORD = "programme-office-password";
    static final String ADULTS_LEAD = "adults-lead";
    static final String ADULTS_PASSWORD = "adults-lead-password";
    static final Path UPLOADS = temporaryFolder("returns-web-uploads");

    @DynamicPropertySource
    static void foldersAndUsers(DynamicPropertyRegistry registry) {
        PipelineTestSupport.useTemporaryFolders(registry);
        Path users = temporaryFolder("returns-web-users").resolve("users.yml");
        UsersFile file = new UsersFile(users);
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        file.put(new UserAccount(OFFICE, Role.PROGRAMME_OFFICE, List.of(), bcrypt.encode(OFFICE_PASSWORD)));
        file.put(new UserAccount(ADULTS_LEAD, Role.LEAD, List.of("adults"), bcrypt.encode(ADULTS_PASSWORD)));
        registry.add("pipeline.web.users-file", users::toString);
        registry.add("pipeline.web.upload-dir", UPLOADS::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InboxPoller poller;
    @Autowired
    IntakeFolders folders;
    @Autowired
    MonthlyCommand monthly;
    @Autowired
    PipelineProperties properties;

    /** The sample month loaded as the demo loads it, and its monthly run (which writes the pack). */
    @BeforeAll
    void loadTheSampleMonth() throws IOException {
        PipelineTestSupport.cleanWarehouse(jdbc);
        PipelineTestSupport.emptyFolders(folders.inbox(), folders.processing(), folders.archive(), folders.rejected(),
                properties.folders().outbox(), properties.folders().checked(), properties.folders().reports());
        List<Path> dropped = new ArrayList<>();
        try (Stream<Path> files = Files.list(PipelineTestSupport.SAMPLES)) {
            for (Path sample : files.filter(f -> f.toString().matches(".*\\.(xlsx|xls|csv)$")).sorted().toList()) {
                dropped.add(PipelineTestSupport.drop(sample.getFileName().toString(), folders.inbox()));
            }
        }
        poller.processNow(dropped);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = monthly.run("2016-01", new PrintStream(printed, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("the monthly run of the sample month failed:\n" + printed);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The current load batch of a directorate's return in the sample month. */
    long batchOf(String directorate, String returnType) {
        return jdbc.sql("SELECT load_batch_id FROM load_batch WHERE directorate_id = ? AND return_type = ? "
                        + "AND period = '2016-01' AND status = 'CURRENT'")
                .params(directorate, returnType).query(Long.class).single();
    }

    /** A current batch of the directorate with findings on its own rows (so with a checked workbook). */
    long batchWithFindingsOf(String directorate) {
        return jdbc.sql("SELECT MIN(b.load_batch_id) FROM load_batch b WHERE b.directorate_id = ? AND b.status = 'CURRENT' "
                        + "AND b.period = '2016-01' AND EXISTS (SELECT 1 FROM finding f WHERE f.load_batch_id = "
                        + "b.load_batch_id AND f.monthly_period IS NULL)")
                .param(directorate).query(Long.class).single();
    }

    int loadBatches() {
        return jdbc.sql("SELECT COUNT(*) FROM load_batch").query(Integer.class).single();
    }

    static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
