package vn.donghanh.app.unsent;

import android.content.Context;
import vn.donghanh.app.R;
import vn.donghanh.client.outbox.OutboxKind;

/** An outbox item's kind in the user's words. Kinds added later read as an acknowledgement or "other". */
public final class UnsentLabels {
    private UnsentLabels() {}

    public static String kind(Context context, OutboxKind kind) {
        String name = kind == null ? "" : kind.name();
        switch (name) {
            case "CHECKIN":
                return context.getString(R.string.unsent_kind_checkin);
            case "OFFICE_PRESENCE":
                return context.getString(R.string.unsent_kind_office_presence);
            case "CONTACT":
                return context.getString(R.string.unsent_kind_contact);
            case "MESSAGE":
                return context.getString(R.string.unsent_kind_message);
            case "HELP_REQUEST":
                return context.getString(R.string.unsent_kind_help_request);
            case "REMINDER_ACKNOWLEDGEMENT":
                return context.getString(R.string.unsent_kind_reminder_answer);
            default:
                return name.contains("ACKNOWLEDGE")
                        ? context.getString(R.string.unsent_kind_acknowledgement)
                        : context.getString(R.string.unsent_kind_other);
        }
    }
}
