package vn.donghanh.app.person;

import android.content.Context;
import java.text.DateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import vn.donghanh.app.R;

/** Words for the person's screens: ages of stored data, times, who and what in the access log. */
final class PersonTexts {
    private final Context context;
    private final TimeZone zone;

    PersonTexts(Context context, TimeZone zone) {
        this.context = context;
        this.zone = zone;
    }

    /** "07:40" in the case's zone. */
    String time(long millis) {
        return new vn.donghanh.app.ui.Formats(context, zone).time(millis);
    }

    /** "lúc 07:40" today, "lúc 07:40 ngày 21/11/26" before. */
    String age(long savedAt, long now) {
        if (sameDay(savedAt, now)) {
            return context.getString(R.string.age_time, time(savedAt));
        }
        DateFormat d = DateFormat.getDateInstance(DateFormat.SHORT, locale());
        d.setTimeZone(zone);
        return context.getString(R.string.age_date_time, time(savedAt), d.format(new Date(savedAt)));
    }

    /** The offline line: how old the phone's copy is (when known). */
    String offline(Long savedAt, long now) {
        return savedAt == null
                ? context.getString(R.string.offline_notice)
                : context.getString(R.string.offline_since, age(savedAt, now));
    }

    String role(String role) {
        switch (role == null ? "" : role) {
            case "OFFICER":
                return context.getString(R.string.actor_officer);
            case "MENTOR":
                return context.getString(R.string.actor_mentor);
            case "SUPERVISOR":
                return context.getString(R.string.actor_supervisor);
            case "ADMIN":
                return context.getString(R.string.actor_admin);
            case "PERSON":
                return context.getString(R.string.actor_person);
            default:
                return context.getString(R.string.actor_other);
        }
    }

    /** An AuditAction in plain words; unknown ones (a newer server) get a neutral phrase. */
    String action(String action) {
        switch (action == null ? "" : action) {
            case "CASE_READ":
                return s(R.string.audit_case_read);
            case "CASE_LIST":
                return s(R.string.audit_case_list);
            case "CASE_UPDATE":
                return s(R.string.audit_case_update);
            case "CASE_STATUS_CHANGE":
                return s(R.string.audit_case_status_change);
            case "CASE_TIMELINE_READ":
                return s(R.string.audit_case_timeline_read);
            case "CASE_CERTIFICATE_READ":
                return s(R.string.audit_case_certificate_read);
            case "CASE_ACTIVATION_ISSUE":
                return s(R.string.audit_case_activation_issue);
            case "CASE_REGISTER":
                return s(R.string.audit_case_register);
            case "MENTOR_ASSIGN":
                return s(R.string.audit_mentor_assign);
            case "MENTOR_UNASSIGN":
                return s(R.string.audit_mentor_unassign);
            case "ASSIGNMENTS_READ":
                return s(R.string.audit_assignments_read);
            case "PLAN_CHANGE":
                return s(R.string.audit_plan_change);
            case "PLANS_READ":
                return s(R.string.audit_plans_read);
            case "CHECKIN_RECORD":
                return s(R.string.audit_checkin_record);
            case "CHECKINS_READ":
                return s(R.string.audit_checkins_read);
            case "CONTACT_RECORD":
                return s(R.string.audit_contact_record);
            case "CONTACTS_READ":
                return s(R.string.audit_contacts_read);
            case "DRUG_TEST_RECORD":
                return s(R.string.audit_drug_test_record);
            case "DRUG_TESTS_READ":
                return s(R.string.audit_drug_tests_read);
            case "COMPLIANCE_READ":
                return s(R.string.audit_compliance_read);
            case "CONSENT_CHANGE":
                return s(R.string.audit_consent_change);
            case "ALERT_ACKNOWLEDGE":
                return s(R.string.audit_alert_acknowledge);
            case "HELP_ACKNOWLEDGE":
                return s(R.string.audit_help_acknowledge);
            case "HELP_RESOLVE":
                return s(R.string.audit_help_resolve);
            case "HELP_REQUESTS_READ":
                return s(R.string.audit_help_requests_read);
            case "MESSAGE_SEND":
                return s(R.string.audit_message_send);
            case "MESSAGES_READ":
                return s(R.string.audit_messages_read);
            case "INTERESTS_READ":
                return s(R.string.audit_interests_read);
            case "REFERRAL_CHANGE":
                return s(R.string.audit_referral_change);
            case "REFERRALS_READ":
                return s(R.string.audit_referrals_read);
            case "REFERRAL_SHEET_READ":
                return s(R.string.audit_referral_sheet_read);
            case "APPOINTMENT_CHANGE":
                return s(R.string.audit_appointment_change);
            case "APPOINTMENTS_READ":
                return s(R.string.audit_appointments_read);
            case "SYNC_READ":
                return s(R.string.audit_sync_read);
            case "ACCESS_LOG_READ":
                return s(R.string.audit_access_log_read);
            case "PERSONAL_DATA_EXPORT": // issue 17
                return s(R.string.audit_personal_data_export);
            case "CORRECTION_DECIDE":
                return s(R.string.audit_correction_decide);
            case "CORRECTIONS_READ":
                return s(R.string.audit_corrections_read);
            default:
                return s(R.string.audit_other);
        }
    }

    private String s(int id) {
        return context.getString(id);
    }

    private boolean sameDay(long a, long b) {
        Calendar ca = Calendar.getInstance(zone);
        ca.setTimeInMillis(a);
        Calendar cb = Calendar.getInstance(zone);
        cb.setTimeInMillis(b);
        return ca.get(Calendar.YEAR) == cb.get(Calendar.YEAR)
                && ca.get(Calendar.DAY_OF_YEAR) == cb.get(Calendar.DAY_OF_YEAR);
    }

    private Locale locale() {
        return context.getResources().getConfiguration().getLocales().get(0);
    }
}
