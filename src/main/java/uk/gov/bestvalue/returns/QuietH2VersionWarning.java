package uk.gov.bestvalue.returns;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops Flyway's warning that the embedded H2 is newer than the version Flyway was verified with. The H2 here is the
 * one the build ships and tests every migration on, so the warning told every command's user of nothing they could
 * act on. The same warning about any other database (MySQL, MariaDB) is kept: there it is worth reading.
 */
public final class QuietH2VersionWarning extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        boolean h2VersionWarning = level == Level.WARN && format != null && logger.getName().startsWith("org.flywaydb")
                && format.startsWith("Using H2 ") && format.contains("newer than the version Flyway has been verified");
        return h2VersionWarning ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
