package vn.donghanh.app.officer;

import android.content.Context;
import java.text.DateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.client.presenter.officer.OverdueRow;
import vn.donghanh.client.presenter.officer.StoredCopy;

/** The officer screens' wording of core's numbers: overdue spans, copy ages, times of day. */
final class OfficerTexts {
    private final Context context;
    private final TimeZone zone;

    OfficerTexts(Context context, TimeZone zone) {
        this.context = context;
        this.zone = zone;
    }

    /** "Quá hạn 14 ngày", "Quá hạn 1 ngày"; under a day "Quá hạn 5 giờ", under an hour "Vừa quá hạn". */
    String overdueFor(OverdueRow row) {
        if (row.overdueDays > 0) {
            return plural(R.plurals.officer_overdue_days, row.overdueDays);
        }
        if (row.overdueHours > 0) {
            return plural(R.plurals.officer_overdue_hours, row.overdueHours);
        }
        return context.getString(R.string.officer_overdue_just_now);
    }

    /** "Không có mạng. Dữ liệu lúc 07:40, 2 giờ trước." */
    String copyNotice(StoredCopy copy) {
        String ago = new Formats(context, zone).ago(copy.daysAgo * 24 * 60 + copy.hoursAgo * 60 + copy.minutesAgo);
        if (copy.today) {
            return context.getString(R.string.officer_copy_notice, time(copy.savedAtMillis), ago);
        }
        DateFormat day =
                DateFormat.getDateInstance(DateFormat.MEDIUM, locale()); // "Nov 20, 2026", never an ambiguous 11/20/26
        day.setTimeZone(zone);
        return context.getString(
                R.string.officer_copy_notice_day,
                time(copy.savedAtMillis),
                day.format(new Date(copy.savedAtMillis)),
                ago);
    }

    /** "08:00" in the cases' zone. */
    String time(long millis) {
        return new vn.donghanh.app.ui.Formats(context, zone).time(millis);
    }

    String dateTime(long millis) {
        return new Formats(context, zone).dateTime(millis);
    }

    /** The name, or "người này" when the row was not known (never an empty gap in a sentence). */
    String name(String fullName) {
        return fullName == null || fullName.trim().isEmpty() ? context.getString(R.string.officer_someone) : fullName;
    }

    private String plural(int id, long count) {
        return context.getResources().getQuantityString(id, (int) count, (int) count);
    }

    private Locale locale() {
        return context.getResources().getConfiguration().getLocales().get(0);
    }
}
