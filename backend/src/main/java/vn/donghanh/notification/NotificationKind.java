package vn.donghanh.notification;

public enum NotificationKind {
    CHECKIN_OVERDUE, CHECKIN_OVERDUE_ESCALATED, HELP_REQUESTED, HELP_ESCALATED, MESSAGE_RECEIVED
}
