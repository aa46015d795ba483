package vn.donghanh.transfer;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * The legal clocks of a move between communes. Law 120/2025 (in force 1 July 2026): the person
 * reports to the new commune's police within 24 hours of changing residence, and the commune
 * police notify the receiving commune within 24 hours. The law has changed three times in five
 * years, so both live here, not in code.
 */
@ConfigurationProperties("donghanh.transfer")
public class TransferSettings {
    /** How long the commune that must answer a transfer (accept, decline, release) has before it is escalated. */
    private Duration answerWithin = Duration.ofHours(24);
    /** How often the deadline scan runs. */
    private Duration scanInterval = Duration.ofMinutes(1);

    public Duration getAnswerWithin() {
        return answerWithin;
    }

    public void setAnswerWithin(Duration answerWithin) {
        this.answerWithin = answerWithin;
    }

    public Duration getScanInterval() {
        return scanInterval;
    }

    public void setScanInterval(Duration scanInterval) {
        this.scanInterval = scanInterval;
    }
}
