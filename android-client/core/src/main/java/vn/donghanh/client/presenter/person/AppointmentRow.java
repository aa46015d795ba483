package vn.donghanh.client.presenter.person;

import vn.donghanh.client.presenter.Countdown;

/** An upcoming appointment as the screens show it (inside the app; not for the lock screen). */
public final class AppointmentRow {
    public final String occurrenceId;
    /** AppointmentType name; the app maps it to a label. */
    public final String type;

    public final String placeName;
    public final String placeAddress;
    public final long startsAtMillis;
    public final Countdown countdown;
    /** Called off: listed, marked, never counted down to. */
    public final boolean cancelled;

    public final int durationMinutes;

    public AppointmentRow(
            String occurrenceId,
            String type,
            String placeName,
            String placeAddress,
            long startsAtMillis,
            Countdown countdown) {
        this(occurrenceId, type, placeName, placeAddress, startsAtMillis, countdown, false, 0);
    }

    public AppointmentRow(
            String occurrenceId,
            String type,
            String placeName,
            String placeAddress,
            long startsAtMillis,
            Countdown countdown,
            boolean cancelled,
            int durationMinutes) {
        this.occurrenceId = occurrenceId;
        this.type = type;
        this.placeName = placeName;
        this.placeAddress = placeAddress;
        this.startsAtMillis = startsAtMillis;
        this.countdown = countdown;
        this.cancelled = cancelled;
        this.durationMinutes = durationMinutes;
    }
}
