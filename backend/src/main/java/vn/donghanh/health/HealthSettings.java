package vn.donghanh.health;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** The service's own health checks ({@code donghanh.health.*}). */
@ConfigurationProperties("donghanh.health")
public class HealthSettings {
    /** /health gives up on the database after this and answers DOWN (503). */
    private Duration databaseTimeout = Duration.ofSeconds(3);

    public Duration getDatabaseTimeout() {
        return databaseTimeout;
    }

    public void setDatabaseTimeout(Duration databaseTimeout) {
        this.databaseTimeout = databaseTimeout;
    }
}
