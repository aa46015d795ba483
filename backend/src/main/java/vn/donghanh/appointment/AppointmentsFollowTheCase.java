package vn.donghanh.appointment;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import vn.donghanh.casefile.CaseMovedEvent;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatusChangedEvent;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;

/**
 * Appointments follow the case's life, inside the transaction that changed it: a closed case keeps
 * no appointment ahead (the person's phone gets them as CANCELLED at its next sync, so its alarms
 * stop), a suspended one keeps none until it resumes, and a case that moved to another commune loses
 * the appointments at the old commune's places, with a discreet notice to the person.
 */
@Singleton
class AppointmentsFollowTheCase {
    private final AppointmentService appointments;
    private final CaseService cases;
    private final CaseResponders responders;
    private final Notifier notifier;

    AppointmentsFollowTheCase(
            AppointmentService appointments, CaseService cases, CaseResponders responders, Notifier notifier) {
        this.appointments = appointments;
        this.cases = cases;
        this.responders = responders;
        this.notifier = notifier;
    }

    @EventListener
    void onStatusChanged(CaseStatusChangedEvent e) {
        if (e.closes()) {
            appointments.endWithCase(e.caseId());
        } else if (e.pauses()) {
            appointments.pauseWithCase(e.caseId());
        } else if (e.resumes()) {
            appointments.resumeWithCase(e.caseId());
        }
    }

    @EventListener
    void onMoved(CaseMovedEvent e) {
        // The person still lives at the old commune until the move date: its appointments before it stay.
        ZoneId zone = cases.zonesOf(List.of(e.caseId())).get(e.caseId());
        Instant from =
                zone == null ? Instant.EPOCH : e.moveDate().atStartOfDay(zone).toInstant();
        if (appointments.cancelAtPlacesOf(e.caseId(), e.fromUnitId(), from)) {
            responders
                    .person(e.caseId())
                    .ifPresent(person -> notifier.notify(
                            person,
                            NotificationText.APPOINTMENTS_CHANGED,
                            Notifier.Priority.NORMAL,
                            e.caseId(),
                            null,
                            "appointments-moved:" + e.caseId() + ":" + e.toUnitId() + ":" + e.moveDate()));
        }
    }
}
