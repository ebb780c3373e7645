package uk.gov.bestvalue.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.bestvalue.returns.config.PipelineProperties;
import uk.gov.bestvalue.returns.intake.InboxPoller;
import uk.gov.bestvalue.returns.intake.IntakeFolders;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;

/**
 * The base of the tests that run the whole application against the real database: folders of their
 * own, and a clean warehouse and clean folders before each test. Subclasses add {@code @SpringBootTest}.
 */
public abstract class PipelineIntegrationTest {

    @DynamicPropertySource
    static void temporaryFolders(DynamicPropertyRegistry registry) {
        PipelineTestSupport.useTemporaryFolders(registry);
    }

    @Autowired
    protected InboxPoller poller;
    @Autowired
    protected IntakeFolders folders;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected PipelineProperties properties;

    @BeforeEach
    void startClean() {
        PipelineTestSupport.cleanWarehouse(jdbc);
        PipelineTestSupport.emptyFolders(folders.inbox(), folders.processing(), folders.archive(), folders.rejected(),
                properties.folders().outbox(), properties.folders().checked(), properties.folders().reports());
    }

    /** Drops every sample of input-samples/ into the inbox and processes them, as the demo does. */
    protected List<SubmissionOutcome> dropEverySample() throws IOException {
        List<Path> dropped = new ArrayList<>();
        try (Stream<Path> files = Files.list(PipelineTestSupport.SAMPLES)) {
            for (Path sample : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).sorted().toList()) {
                dropped.add(PipelineTestSupport.drop(sample.getFileName().toString(), folders.inbox()));
            }
        }
        return poller.processNow(dropped);
    }

    /** A single number from the warehouse. */
    protected int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
