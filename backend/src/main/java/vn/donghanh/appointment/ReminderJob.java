package vn.donghanh.appointment;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fires due reminders every minute. */
@Singleton
public class ReminderJob {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    private final ReminderService reminders;

    public ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            fixedDelay = "${donghanh.reminders.interval:1m}",
            initialDelay = "${donghanh.reminders.initial-delay:20s}")
    void scheduled() {
        try {
            reminders.runOnce();
        } catch (RuntimeException e) {
            LOG.error("Firing reminders failed; it runs again at the next interval", e);
        }
    }
}
