package vn.donghanh.appointment;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.NotificationWords;

/**
 * A reminder's lock-screen words, in the person's language: the words are the notification catalogue's
 * ({@code i18n/notifications_*.properties}); this class only fills them in: the local time and day of the
 * appointment, and its place, named only generically where {@link DiscreetPlaces} says so.
 */
final class ReminderText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private ReminderText() {}

    static String title(String language) {
        return NotificationWords.title(NotificationText.APPOINTMENT_REMINDER, language);
    }

    static String body(ReminderStore.Due d) {
        ZonedDateTime at = d.startsAt().atZone(d.zone());
        String place = DiscreetPlaces.hidesName(d.placeType())
                ? NotificationWords.body(NotificationText.APPOINTMENT_REMINDER_PLACE, d.language())
                : d.placeName();
        return NotificationWords.body(
                NotificationText.APPOINTMENT_REMINDER, d.language(), TIME.format(at), DAY.format(at), place);
    }
}
