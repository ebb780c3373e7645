package uk.gov.bestvalue.returns.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.batch.MonthlyRuns;
import uk.gov.bestvalue.returns.intake.InboxPoller;

/**
 * A second pipeline, on another database and folders of its own, into which archived files are replayed through the
 * same intake, jobs and monthly run as the live one. Its emails are written to its own outbox folder, never sent: the
 * mail server is not configured in it whatever the live settings say.
 */
final class ReplayedWarehouse implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path inbox;

    ReplayedWarehouse(Class<?> application, String url, String username, String password, Path folders) {
        this.inbox = folders.resolve("inbox");
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password,
                "--spring.autoconfigure.exclude=org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
                // Quartz keeps its schedulers by name in one registry per JVM: the live one already has the default
                "--spring.quartz.scheduler-name=returns-rebuild", "--spring.quartz.auto-startup=false",
                "--pipeline.cli.enabled=false", "--pipeline.audit.actor=rebuild"));
        for (String folder : List.of("inbox", "processing", "archive", "rejected", "outbox", "checked", "reports")) {
            args.add("--pipeline.folders." + folder + "=" + folders.resolve(folder));
        }
        this.context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).registerShutdownHook(false)
                .run(args.toArray(String[]::new));
    }

    /** Receives one file as the live pipeline did, under the name it was received with. */
    void replay(ArchivedFile file) throws IOException {
        Files.createDirectories(inbox);
        Path dropped = Files.copy(file.storedAs(), inbox.resolve(file.fileName()), StandardCopyOption.REPLACE_EXISTING);
        context.getBean(InboxPoller.class).processNow(List.of(dropped));
    }

    /** Runs the month as {@code monthly --period} would; true when the run completed. */
    boolean runMonth(String period) {
        return context.getBean(MonthlyRuns.class).run(period).completed();
    }

    /** The replayed warehouse. */
    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
