package vn.donghanh.audit;

public enum AuditAction {
    CASE_REGISTER,
    CASE_READ,
    CASE_LIST,
    CASE_UPDATE,
    CASE_STATUS_CHANGE,
    CASE_TIMELINE_READ,
    CASE_CERTIFICATE_READ,
    CASE_ACTIVATION_ISSUE,
    MENTOR_ASSIGN,
    MENTOR_UNASSIGN,
    ASSIGNMENTS_READ,
    ACCESS_LOG_READ,
    PLAN_CHANGE,
    PLANS_READ,
    CHECKIN_RECORD,
    CHECKINS_READ,
    CONTACT_RECORD,
    CONTACTS_READ,
    DRUG_TEST_RECORD,
    DRUG_TESTS_READ,
    COMPLIANCE_READ,
    CONSENT_CHANGE,
    ALERT_ACKNOWLEDGE,
    HELP_REQUEST,
    HELP_ACKNOWLEDGE,
    HELP_RESOLVE,
    HELP_REQUESTS_READ,
    MESSAGE_SEND,
    MESSAGES_READ,
    OPPORTUNITY_INTEREST,
    INTERESTS_READ,
    REFERRAL_CHANGE,
    REFERRALS_READ,
    REFERRAL_SHEET_READ,
    RETENTION_ANSWER,
    APPOINTMENT_CHANGE,
    APPOINTMENTS_READ,
    SYNC_READ,
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_ACTIVATE,
    ACCOUNT_CREATE,
    ACCOUNT_DEACTIVATE,
    ACCOUNT_REACTIVATE,
    AUDIT_VERIFY,
    ACCOUNT_PASSWORD_RESET,
    ACCOUNT_UNLOCK,
    /** A transfer started, asked for, answered or escalated (detail: the move). */
    TRANSFER_CHANGE,
    TRANSFERS_READ,
    TRANSFER_SHEET_READ,
    /** A case looked up anywhere by national ID or phone (a person who reported to a new commune). */
    CASE_LOOKUP,
    /** The case moved to another commune (an accepted transfer). */
    CASE_TRANSFER,
    /** A unit's periodic report, its overview of communes, or the periods read (target: the unit; detail: the period). */
    REPORT_READ,
    /** A periodic report submitted as a new frozen version. */
    REPORT_SUBMIT,
    /** A submitted periodic report sent back to its commune. */
    REPORT_RETURN,
    /** A periodic report downloaded as a file. */
    REPORT_DOWNLOAD,
    // --- issue 17: the person's data rights
    /** The person downloaded the copy of their own data (detail: json or pdf); shown in their access log. */
    PERSONAL_DATA_EXPORT,
    /** The person asked for a correction of a field of their case (detail: the field). */
    CORRECTION_REQUEST,
    /** Correction requests read (the person's own, or an officer's list for the case or commune). */
    CORRECTIONS_READ,
    /** An officer accepted or declined a correction request (detail: field and answer). */
    CORRECTION_DECIDE,
    /** Retention: the case's identifying data erased by the retention job (target: the run; no actor). */
    CASE_ANONYMISE,
    /** An admin read what the retention job did (target: the run, or "retention-runs"). */
    RETENTION_RUNS_READ,
    // --- issue 17: peer clubs (target: club:<id> or club-post:<id>)
    /** A club created. */
    CLUB_CHANGE,
    /** A club's members, meetings or board read (no case: it is the club's). */
    CLUB_READ,
    /** A person joined, changed their alias or name choice, or left (detail: join, change, leave). */
    CLUB_MEMBERSHIP,
    /** A member's presence at a meeting recorded (detail: the meeting's start). */
    CLUB_ATTENDANCE,
    /** A post written or reported (detail: post, report). */
    CLUB_POST,
    /** A post hidden by a moderator. */
    CLUB_MODERATE,
    /** A public knowledge page created, edited, published or unpublished (target: the page; issue 17). */
    KNOWLEDGE_PAGE_CHANGE,
    // --- issue 17: training
    /** A course created or updated as a new version (target: the course; detail: the version). */
    TRAINING_PUBLISH,
    /** A mentor's or officer's quiz answers checked and recorded (detail: version, score, passed). */
    TRAINING_ATTEMPT,
    /** Who completed which course, for a unit (target: the unit). */
    TRAINING_READ
}
