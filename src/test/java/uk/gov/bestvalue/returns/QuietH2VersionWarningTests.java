package uk.gov.bestvalue.returns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.read.ListAppender;

/** The logging configuration every command uses drops Flyway's H2 version warning and keeps the others. */
class QuietH2VersionWarningTests {

    @Test
    void flywaysWarningAboutTheShippedH2IsDroppedAndTheSameWarningAboutMariaDbKept() throws JoranException {
        // given the application's own logging configuration, with what is logged kept in a list
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.setContext(context);
        logged.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(logged);

        // when Flyway warns as it does on start, about H2 and about MariaDB (text as Flyway writes it)
        Logger flyway = context.getLogger("org.flywaydb.core.internal.database.base.Database");
        flyway.warn("Using H2 2.4.240 which is newer than the version Flyway has been verified with. "
                + "The latest verified version of H2 is 2.3.232.");
        flyway.warn("Using MariaDB 13.0 which is newer than the version Flyway has been verified with. "
                + "The latest verified version of MariaDB is 12.1.");
        flyway.info("Successfully validated 14 migrations");

        // then only the H2 warning is gone
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.startsWith("Using H2"))
                .anyMatch(m -> m.startsWith("Using MariaDB"))
                .contains("Successfully validated 14 migrations");
        context.stop();
    }
}
