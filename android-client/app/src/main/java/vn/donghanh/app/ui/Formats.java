package vn.donghanh.app.ui;

import android.content.Context;
import java.text.DateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import vn.donghanh.app.R;
import vn.donghanh.client.presenter.Countdown;
import vn.donghanh.client.presenter.CountdownFormatter;

/** Dates, times and countdowns in the phone's language and the cases' time zone. */
public final class Formats implements CountdownFormatter {
    private final Context context;
    private final TimeZone zone;

    public Formats(Context context, TimeZone zone) {
        this.context = context;
        this.zone = zone;
    }

    public String dateTime(long millis) {
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale());
        format.setTimeZone(zone);
        return format.format(new Date(millis));
    }

    @Override
    public String format(Countdown c) {
        if (c.passed) {
            return context.getString(R.string.countdown_passed);
        }
        // The two largest units: "2 ngày 3 giờ", "3 giờ 20 phút", "20 phút".
        if (c.days > 0) {
            return context.getString(
                    R.string.countdown_two_parts, amount(R.plurals.days, c.days), amount(R.plurals.hours, c.hours));
        }
        if (c.hours > 0) {
            return context.getString(
                    R.string.countdown_two_parts,
                    amount(R.plurals.hours, c.hours),
                    amount(R.plurals.minutes, c.minutes));
        }
        return context.getString(R.string.countdown_one_part, amount(R.plurals.minutes, c.minutes));
    }

    /** "07:40" (Vietnamese) or "7:40 AM" (English), in the cases' zone. */
    public String time(long millis) {
        DateFormat f = DateFormat.getTimeInstance(DateFormat.SHORT, locale());
        f.setTimeZone(zone);
        return f.format(new Date(millis));
    }

    /** "vừa xong", "5 phút trước", "2 giờ trước", "3 ngày trước": the largest whole unit. */
    public String ago(long minutes) {
        if (minutes < 1) {
            return context.getString(R.string.ago_just_now);
        }
        if (minutes < 60) {
            return amount(R.plurals.ago_minutes, minutes);
        }
        if (minutes < 24 * 60) {
            return amount(R.plurals.ago_hours, minutes / 60);
        }
        return amount(R.plurals.ago_days, minutes / (24 * 60));
    }

    private String amount(int plural, long count) {
        return context.getResources().getQuantityString(plural, (int) count, (int) count);
    }

    private Locale locale() {
        return context.getResources().getConfiguration().getLocales().get(0);
    }
}
