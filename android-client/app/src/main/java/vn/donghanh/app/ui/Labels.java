package vn.donghanh.app.ui;

import android.content.Context;
import vn.donghanh.app.R;
import vn.donghanh.client.presenter.ErrorKind;

/** The API's enum names (as core passes them) → words in the phone's language. */
public final class Labels {
    private Labels() {}

    public static String appointmentType(Context context, String type) {
        int id;
        switch (type == null ? "" : type) {
            case "METHADONE_DOSE":
                id = R.string.appointment_methadone_dose;
                break;
            case "COUNSELLING":
                id = R.string.appointment_counselling;
                break;
            case "DRUG_TEST":
                id = R.string.appointment_drug_test;
                break;
            case "HEALTH_CHECK":
                id = R.string.appointment_health_check;
                break;
            case "VOCATIONAL_CLASS":
                id = R.string.appointment_vocational_class;
                break;
            case "JOB_INTERVIEW":
                id = R.string.appointment_job_interview;
                break;
            case "OFFICE_PRESENCE":
                id = R.string.appointment_office_presence;
                break;
            case "GROUP_MEETING":
                id = R.string.appointment_group_meeting;
                break;
            case "MENTOR_MEETING":
                id = R.string.appointment_mentor_meeting;
                break;
            default:
                id = R.string.appointment_other;
        }
        return context.getString(id);
    }

    public static String contactType(Context context, String type) {
        switch (type == null ? "" : type) {
            case "HOME_VISIT":
                return context.getString(R.string.contact_home_visit);
            case "PHONE_CALL":
                return context.getString(R.string.contact_phone_call);
            case "MEETING":
                return context.getString(R.string.contact_meeting);
            case "GROUP_ACTIVITY":
                return context.getString(R.string.contact_group_activity);
            default:
                return type == null ? "" : type;
        }
    }

    /** What is overdue (PlanKind; alerts use SELF_CHECKIN). */
    public static String planKind(Context context, String kind) {
        switch (kind == null ? "" : kind) {
            case "SELF_CHECKIN":
                return context.getString(R.string.plan_self_checkin);
            case "MENTOR_CONTACT":
                return context.getString(R.string.plan_mentor_contact);
            case "OFFICE_PRESENCE":
                return context.getString(R.string.plan_office_presence);
            case "RESIDENCE_VERIFICATION":
                return context.getString(R.string.plan_residence_verification);
            case "GROUP_ACTIVITY":
                return context.getString(R.string.plan_group_activity);
            default:
                return kind == null ? "" : kind;
        }
    }

    /** What an overdue row is about (OverdueKind), as a plain sentence for the officer. */
    public static String overdueKind(Context context, String kind) {
        switch (kind == null ? "" : kind) {
            case "SELF_CHECKIN":
                return context.getString(R.string.officer_kind_self_checkin);
            case "MENTOR_CONTACT":
                return context.getString(R.string.officer_kind_mentor_contact);
            case "OFFICE_PRESENCE":
                return context.getString(R.string.officer_kind_office_presence);
            case "RESIDENCE_VERIFICATION":
                return context.getString(R.string.officer_kind_residence_verification);
            case "GROUP_ACTIVITY":
                return context.getString(R.string.officer_kind_group_activity);
            case "RETENTION_CHECK":
                return context.getString(R.string.officer_kind_retention_check);
            case "TRANSFER_ANSWER":
                return context.getString(R.string.officer_kind_transfer_answer);
            default:
                return context.getString(R.string.officer_kind_other);
        }
    }

    /**
     * One case event (CaseEventType) in plain words: "Đã cấp mã kích hoạt", "Đã phân công người
     * giúp đỡ: Phan Thị Mai" ({@code subject} names who it is about, may be null), "Đổi trạng
     * thái: Đang quản lý → Tạm dừng". An unknown (newer) type reads as a generic change, never a code.
     */
    public static String timelineEvent(
            Context context, String type, String fromStatus, String toStatus, String subject) {
        switch (type == null ? "" : type) {
            case "REGISTERED":
                return context.getString(R.string.timeline_registered);
            case "UPDATED":
                return context.getString(R.string.timeline_updated);
            case "STATUS_CHANGED":
                if (fromStatus == null) {
                    return context.getString(R.string.timeline_status_changed_to, caseStatus(context, toStatus));
                }
                return context.getString(
                        R.string.timeline_status_changed,
                        caseStatus(context, fromStatus),
                        caseStatus(context, toStatus));
            case "MENTOR_ASSIGNED":
                return subject == null
                        ? context.getString(R.string.timeline_mentor_assigned)
                        : context.getString(R.string.timeline_mentor_assigned_named, subject);
            case "MENTOR_UNASSIGNED":
                return subject == null
                        ? context.getString(R.string.timeline_mentor_unassigned)
                        : context.getString(R.string.timeline_mentor_unassigned_named, subject);
            case "ACTIVATION_CODE_ISSUED":
                return context.getString(R.string.timeline_activation_code_issued);
            case "TRANSFER_OFFERED":
                return context.getString(R.string.timeline_transfer_offered);
            case "TRANSFER_REQUESTED":
                return context.getString(R.string.timeline_transfer_requested);
            case "TRANSFER_ASKED":
                return context.getString(R.string.timeline_transfer_asked);
            case "TRANSFER_ACCEPTED":
                return context.getString(R.string.timeline_transfer_accepted);
            case "TRANSFER_DECLINED":
                return context.getString(R.string.timeline_transfer_declined);
            case "TRANSFER_REFUSED":
                return context.getString(R.string.timeline_transfer_refused);
            case "TRANSFER_CANCELLED":
                return context.getString(R.string.timeline_transfer_cancelled);
            default:
                return context.getString(R.string.timeline_other);
        }
    }

    public static String caseStatus(Context context, String status) {
        switch (status == null ? "" : status) {
            case "ACTIVE":
                return context.getString(R.string.status_active);
            case "SUSPENDED":
                return context.getString(R.string.status_suspended);
            case "ABSENT":
                return context.getString(R.string.status_absent);
            case "TRANSFERRED_OUT":
                return context.getString(R.string.status_transferred_out);
            case "RELAPSED":
                return context.getString(R.string.status_relapsed);
            case "COMPLETED":
                return context.getString(R.string.status_completed);
            case "DECEASED":
                return context.getString(R.string.status_deceased);
            default:
                return status == null ? "" : status;
        }
    }

    public static String error(Context context, ErrorKind error) {
        switch (error) {
            case OFFLINE:
                return context.getString(R.string.error_offline);
            case NOT_SIGNED_IN:
                return context.getString(R.string.error_not_signed_in);
            case WRONG_CREDENTIALS:
                return context.getString(R.string.error_wrong_credentials);
            case INVALID_INPUT:
                return context.getString(R.string.error_invalid_input);
            case FORBIDDEN:
                return context.getString(R.string.error_forbidden);
            case NOT_FOUND:
                return context.getString(R.string.error_not_found);
            case CONFLICT:
                return context.getString(R.string.error_conflict);
            case TOO_MANY_ATTEMPTS:
                return context.getString(R.string.error_too_many_attempts);
            default:
                return context.getString(R.string.error_server);
        }
    }

    /** "Chưa gửi: 2" (with failures called out), or "Đã gửi hết". */
    public static String unsent(Context context, int unsent, int failed) {
        if (failed > 0) {
            return context.getString(R.string.unsent_failed_count, failed);
        }
        return unsent > 0 ? context.getString(R.string.unsent_count, unsent) : context.getString(R.string.all_sent);
    }
}
