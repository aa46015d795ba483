package vn.donghanh.client.presenter.person;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.NotSignedInException;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.presenter.Countdown;
import vn.donghanh.client.presenter.Presenter;

/** The person's coming appointments, from the synced APPOINTMENT records (works offline). */
public final class SchedulePresenter extends Presenter<ScheduleView> {
    public SchedulePresenter(ScheduleView view, DongHanhClient client) {
        super(view, client);
    }

    /** Shows what is on the phone, then syncs and shows again. */
    public void start() {
        load(
                () -> rows(),
                (view, rows) -> view.showSchedule(rows, true, client.records().lastSyncedAtMillis()));
        load(
                () -> {
                    try {
                        client.syncNow(true);
                        return Boolean.TRUE;
                    } catch (IOException offline) {
                        return Boolean.FALSE;
                    }
                },
                (view, online) -> show(!online));
    }

    private void show(final boolean offline) {
        load(
                () -> rows(),
                (view, rows) ->
                        view.showSchedule(rows, offline, client.records().lastSyncedAtMillis()));
    }

    /** Not yet over (an appointment under way is still listed), earliest first. */
    List<AppointmentRow> rows() throws NotSignedInException {
        Session session = client.auth().current();
        if (session == null) {
            throw new NotSignedInException();
        }
        long now = client.clock().nowMillis();
        List<AppointmentRow> out = new ArrayList<>();
        for (AppointmentOccurrence o : client.records().appointments(session.account.caseId)) {
            long endsAt = o.startsAtMillis + Math.max(o.durationMinutes, 0) * 60_000L;
            if (endsAt <= now && o.startsAtMillis <= now) {
                continue;
            }
            out.add(new AppointmentRow(
                    o.id,
                    o.type,
                    o.placeName,
                    o.placeAddress,
                    o.startsAtMillis,
                    Countdown.between(now, o.startsAtMillis),
                    o.isCancelled(),
                    o.durationMinutes));
        }
        return out;
    }
}
