package vn.donghanh.app.mentor;

import android.content.Context;
import java.text.DateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import vn.donghanh.app.R;
import vn.donghanh.client.presenter.mentor.Acknowledgement;

/** Words for the mentor's screens: relative times, help reasons, concerns, opportunity types. */
final class MentorLabels {
    private final Context context;
    private final TimeZone zone;

    MentorLabels(Context context, TimeZone zone) {
        this.context = context;
        this.zone = zone;
    }

    /** "5 phút trước", "2 giờ trước", "3 ngày trước" (the shared words of ui/Formats). */
    String ago(long minutes) {
        return new vn.donghanh.app.ui.Formats(context, zone).ago(minutes);
    }

    String daysOverdue(long days) {
        return days < 1
                ? context.getString(R.string.mentor_overdue_today)
                : plural(R.plurals.mentor_days_overdue, days);
    }

    /** "07:40 hôm nay" for today, else date and time: when data was read. */
    String asOf(long millis, long nowMillis) {
        Calendar then = Calendar.getInstance(zone);
        then.setTimeInMillis(millis);
        Calendar now = Calendar.getInstance(zone);
        now.setTimeInMillis(nowMillis);
        if (then.get(Calendar.YEAR) == now.get(Calendar.YEAR)
                && then.get(Calendar.DAY_OF_YEAR) == now.get(Calendar.DAY_OF_YEAR)) {
            return context.getString(R.string.mentor_today_at, time(millis));
        }
        DateFormat f = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale());
        f.setTimeZone(zone);
        return f.format(new Date(millis));
    }

    String time(long millis) {
        return new vn.donghanh.app.ui.Formats(context, zone).time(millis);
    }

    String date(long millis) {
        DateFormat f = DateFormat.getDateInstance(DateFormat.FULL, locale());
        f.setTimeZone(zone);
        return f.format(new Date(millis));
    }

    /** A calendar date as the API sends it (yyyy-MM-dd), in the phone's words; unparseable ones as sent. */
    String localDate(String iso) {
        try {
            java.text.SimpleDateFormat in = new java.text.SimpleDateFormat("yyyy-MM-dd", Locale.US);
            in.setTimeZone(zone);
            DateFormat out = DateFormat.getDateInstance(DateFormat.MEDIUM, locale());
            out.setTimeZone(zone);
            return out.format(in.parse(iso));
        } catch (java.text.ParseException | RuntimeException e) {
            return iso;
        }
    }

    String helpReason(String category) {
        switch (category == null ? "" : category) {
            case "CRAVING":
                return context.getString(R.string.mentor_help_craving);
            case "CRISIS":
                return context.getString(R.string.mentor_help_crisis);
            case "CONFLICT":
                return context.getString(R.string.mentor_help_conflict);
            case "OTHER":
                return context.getString(R.string.mentor_help_other);
            default:
                return context.getString(R.string.mentor_help_unknown);
        }
    }

    String concern(String concern) {
        switch (concern == null ? "" : concern) {
            case "SUSPECTED_RELAPSE":
                return context.getString(R.string.mentor_concern_suspected_relapse);
            case "FAMILY_CONFLICT":
                return context.getString(R.string.mentor_concern_family_conflict);
            case "UNEMPLOYMENT":
                return context.getString(R.string.mentor_concern_unemployment);
            case "HEALTH":
                return context.getString(R.string.mentor_concern_health);
            case "HOUSING":
                return context.getString(R.string.mentor_concern_housing);
            case "LEGAL":
                return context.getString(R.string.mentor_concern_legal);
            default:
                return concern == null ? "" : concern;
        }
    }

    String opportunityType(String type) {
        switch (type == null ? "" : type) {
            case "JOB":
                return context.getString(R.string.mentor_opportunity_job);
            case "COURSE":
                return context.getString(R.string.mentor_opportunity_course);
            case "LOAN":
                return context.getString(R.string.mentor_opportunity_loan);
            default:
                return type == null ? "" : type;
        }
    }

    /** The status of "Tôi đang lo", or null when the button should show instead. */
    String acknowledgement(Acknowledgement a) {
        switch (a) {
            case QUEUED:
                return context.getString(R.string.mentor_on_it_queued);
            case FAILED:
                return context.getString(R.string.mentor_on_it_failed);
            case SENT:
                return context.getString(R.string.mentor_on_it_sent);
            case RECORDED:
                return context.getString(R.string.mentor_on_it_recorded);
            default:
                return null;
        }
    }

    private String plural(int id, long count) {
        return context.getResources().getQuantityString(id, (int) count, (int) count);
    }

    private Locale locale() {
        return context.getResources().getConfiguration().getLocales().get(0);
    }
}
