package vn.donghanh.appointment;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * Appointments keep type, place, times and attendance (the attendance figures); a series' free-text note goes.
 * Occurrences, reminders (ids, offsets, times, acknowledgement) and reminder settings (channel, offsets, quiet
 * hours) hold nothing that identifies the person. The reminders' words live in their notifications, which the
 * notification feature erases.
 */
@Singleton
class AppointmentDataErasure implements PersonalDataErasure {
    private final AppointmentStore store;

    AppointmentDataErasure(AppointmentStore store) {
        this.store = store;
    }

    @Override
    public Set<String> tables() {
        return Set.of("appointment_series", "appointment_occurrence", "reminder", "reminder_setting");
    }

    @Override
    public void erase(String caseId) {
        store.eraseNotes(caseId);
    }
}
