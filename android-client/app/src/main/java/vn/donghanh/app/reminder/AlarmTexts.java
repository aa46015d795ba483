package vn.donghanh.app.reminder;

import vn.donghanh.app.R;
import vn.donghanh.client.reminder.AlarmText;

/** Core's reminder text keys → this app's string resources (checked by the compiler, unlike getIdentifier). */
final class AlarmTexts {
    private AlarmTexts() {}

    /** Core has one title key today (AlarmText.TITLE); any other falls back to the same neutral title. */
    static int title(String key) {
        return R.string.reminder_title;
    }

    /**
     * The body for {@code key}; the keys that name the place (the server allowed it) need the
     * place's name, and without one fall back to the neutral text.
     */
    static String body(android.content.Context context, String key, String timeText, String placeName) {
        if (AlarmText.namesPlace(key)) {
            if (placeName == null || placeName.trim().isEmpty()) {
                key = AlarmText.BODY_TOMORROW_AT_PLACE.equals(key)
                        ? AlarmText.BODY_TOMORROW_GENERIC
                        : AlarmText.BODY_GENERIC;
            } else {
                int id = AlarmText.BODY_TOMORROW_AT_PLACE.equals(key)
                        ? R.string.reminder_body_tomorrow_at_place
                        : R.string.reminder_body_at_place;
                return context.getString(id, timeText, placeName);
            }
        }
        return context.getString(body(key), timeText);
    }

    static int body(String key) {
        if (AlarmText.BODY_HEALTH_FACILITY.equals(key)) {
            return R.string.reminder_body_health_facility;
        }
        if (AlarmText.BODY_TOMORROW_HEALTH_FACILITY.equals(key)) {
            return R.string.reminder_body_tomorrow_health_facility;
        }
        if (AlarmText.BODY_TOMORROW_GENERIC.equals(key)) {
            return R.string.reminder_body_tomorrow_generic;
        }
        // BODY_GENERIC, and any key a newer core adds: the neutral text is always safe to show.
        return R.string.reminder_body_generic;
    }
}
