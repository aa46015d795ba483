package vn.donghanh.client.presenter.person;

import java.util.List;
import vn.donghanh.client.presenter.BaseView;

public interface ScheduleView extends BaseView {
    /**
     * The coming appointments, earliest first (cancelled ones included, marked). {@code offline}:
     * from the phone only; {@code lastSyncedAtMillis} says how fresh (null: never synced).
     */
    void showSchedule(List<AppointmentRow> rows, boolean offline, Long lastSyncedAtMillis);
}
