package vn.donghanh.client.presenter.mentor;

import java.util.List;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.presenter.person.AppointmentRow;

/**
 * A mentee's page: who (name, how to reach them and their commune officer), what needs an answer
 * (a waiting help request, an overdue alert) and the history (check-ins, appointments, contacts
 * with unsent ones first).
 */
public final class MenteeModel {
    public final String caseId;
    public final String fullName;
    /** For Call; null when unknown (then the button hides). */
    public final String phone;
    /** The person's login, for Message; null before activation. */
    public final String personAccountId;
    /** The case's (first) commune officer, for "Nhắn cán bộ xã"; null when unknown. */
    public final String officerAccountId;

    public final String officerName;
    /** The help request waiting for an answer (or the one this phone just answered); null when none. */
    public final AlertRow help;
    /** The open overdue alert of this case; null when none (or unknown offline). */
    public final AlertRow alert;

    public final List<Checkin> recentCheckins;
    public final List<AppointmentRow> upcomingAppointments;
    public final List<ContactRow> contacts;
    public final boolean offline;
    /** Offline: when the contact details were read (null: never on this phone). */
    public final Long detailsAsOfMillis;

    public MenteeModel(
            String caseId,
            String fullName,
            String phone,
            String personAccountId,
            String officerAccountId,
            String officerName,
            AlertRow help,
            AlertRow alert,
            List<Checkin> recentCheckins,
            List<AppointmentRow> upcomingAppointments,
            List<ContactRow> contacts,
            boolean offline,
            Long detailsAsOfMillis) {
        this.caseId = caseId;
        this.fullName = fullName;
        this.phone = phone;
        this.personAccountId = personAccountId;
        this.officerAccountId = officerAccountId;
        this.officerName = officerName;
        this.help = help;
        this.alert = alert;
        this.recentCheckins = recentCheckins;
        this.upcomingAppointments = upcomingAppointments;
        this.contacts = contacts;
        this.offline = offline;
        this.detailsAsOfMillis = detailsAsOfMillis;
    }

    /** What "Tôi đang lo" answers: the help request first, then the overdue alert; null when nothing waits. */
    public AlertRow acknowledgeable() {
        if (help != null && help.acknowledgement == Acknowledgement.NONE) {
            return help;
        }
        return alert != null && alert.acknowledgement == Acknowledgement.NONE ? alert : null;
    }
}
