package vn.donghanh.client.presenter.mentor;

import java.util.List;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.presenter.person.AppointmentRow;

/** A mentee's page: recent check-ins, upcoming appointments, contact history (unsent ones first). */
public final class MenteeModel {
    public final String caseId;
    public final List<Checkin> recentCheckins;
    public final List<AppointmentRow> upcomingAppointments;
    public final List<ContactRow> contacts;
    public final boolean offline;

    public MenteeModel(
            String caseId,
            List<Checkin> recentCheckins,
            List<AppointmentRow> upcomingAppointments,
            List<ContactRow> contacts,
            boolean offline) {
        this.caseId = caseId;
        this.recentCheckins = recentCheckins;
        this.upcomingAppointments = upcomingAppointments;
        this.contacts = contacts;
        this.offline = offline;
    }
}
