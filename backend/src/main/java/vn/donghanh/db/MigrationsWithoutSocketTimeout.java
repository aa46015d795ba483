package vn.donghanh.db;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The pool's socket timeout (seconds, so that a stalled database frees requests) must not kill a
 * migration: an ALTER of a large table legitimately runs for minutes. Flyway's connection has it
 * lifted before migrating; the pool restores it when the connection is returned. (This replaces
 * Micronaut's default customizer for the default datasource, which only registers named Flyway
 * beans; the service has none.)
 */
@Singleton
@Named("default")
public class MigrationsWithoutSocketTimeout implements FlywayConfigurationCustomizer {
    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        Callback[] callbacks = Arrays.copyOf(configuration.getCallbacks(), configuration.getCallbacks().length + 1);
        callbacks[callbacks.length - 1] = new LiftSocketTimeout();
        configuration.callbacks(callbacks);
    }

    @Override
    public String getName() {
        return "default";
    }

    private static final class LiftSocketTimeout implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE || event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try {
                context.getConnection().setNetworkTimeout(Runnable::run, 0);
            } catch (SQLException e) {
                throw new FlywayException("Could not lift the socket timeout for the migration: " + e.getMessage(), e);
            }
        }

        @Override
        public String getCallbackName() {
            return "migrations-without-socket-timeout";
        }
    }
}
