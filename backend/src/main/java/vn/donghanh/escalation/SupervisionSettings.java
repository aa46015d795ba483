package vn.donghanh.escalation;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * When unanswered things go up to the officers ({@code donghanh.supervision.*}); how often the scan
 * runs (scan-interval, scan-initial-delay) is read by {@link EscalationJob}'s schedule itself.
 */
@ConfigurationProperties("donghanh.supervision")
public class SupervisionSettings {
    /** An overdue self check-in goes to the mentor first, then to the officers after this. */
    private Duration officerAfter = Duration.ofHours(48);
    /** An unacknowledged help request goes to the officers after this. */
    private Duration helpEscalateAfter = Duration.ofMinutes(15);

    public Duration getOfficerAfter() {
        return officerAfter;
    }

    public void setOfficerAfter(Duration officerAfter) {
        this.officerAfter = officerAfter;
    }

    public Duration getHelpEscalateAfter() {
        return helpEscalateAfter;
    }

    public void setHelpEscalateAfter(Duration helpEscalateAfter) {
        this.helpEscalateAfter = helpEscalateAfter;
    }
}
