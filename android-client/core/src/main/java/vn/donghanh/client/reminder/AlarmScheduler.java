package vn.donghanh.client.reminder;

import java.util.List;

/**
 * Implemented by the app on AlarmManager: set an exact alarm whose PendingIntent uses
 * {@link PlannedAlarm#requestCode}, cancel one, and remember what is set (alarms do not survive
 * a reboot; the app re-plans on BOOT_COMPLETED).
 */
public interface AlarmScheduler {
    /** The alarms set by the last plan, as the app remembered them. */
    List<PlannedAlarm> scheduled();

    void schedule(PlannedAlarm alarm);

    void cancel(PlannedAlarm alarm);
}
