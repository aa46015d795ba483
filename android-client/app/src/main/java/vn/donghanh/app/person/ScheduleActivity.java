package vn.donghanh.app.person;

import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Labels;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.person.AppointmentRow;
import vn.donghanh.client.presenter.person.SchedulePresenter;
import vn.donghanh.client.presenter.person.ScheduleView;

/** The person's coming appointments: what, when (with countdown), where; cancelled ones marked. */
public class ScheduleActivity extends ScreenActivity implements ScheduleView {
    private Formats formats;
    private PersonTexts texts;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setTitle(R.string.schedule_title);
        setContentView(R.layout.activity_schedule);
        formats = new Formats(this, client().zone());
        texts = new PersonTexts(this, client().zone());
        whileShown(new SchedulePresenter(this, client()), SchedulePresenter::start);
    }

    @Override
    public void showSchedule(List<AppointmentRow> rows, boolean offline, Long lastSyncedAtMillis) {
        TextView age = findViewById(R.id.offline);
        age.setVisibility(offline ? View.VISIBLE : View.GONE);
        age.setText(texts.offline(lastSyncedAtMillis, client().clock().nowMillis()));
        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, rows.isEmpty(), R.string.schedule_empty);
        for (AppointmentRow r : rows) {
            View row = Rows.add(list, R.layout.row_appointment);
            row.findViewById(R.id.cancelled).setVisibility(r.cancelled ? View.VISIBLE : View.GONE);
            TextView what = row.findViewById(R.id.what);
            what.setText(Labels.appointmentType(this, r.type));
            if (r.cancelled) {
                what.setPaintFlags(what.getPaintFlags() | android.graphics.Paint.STRIKE_THRU_TEXT_FLAG);
            }
            String when = formats.dateTime(r.startsAtMillis);
            ((TextView) row.findViewById(R.id.when))
                    .setText(r.cancelled ? when : getString(R.string.schedule_when, when, formats.format(r.countdown)));
            TextView where = row.findViewById(R.id.where);
            where.setVisibility(r.placeName == null ? View.GONE : View.VISIBLE);
            where.setText(
                    r.placeName == null ? "" : r.placeName + (r.placeAddress == null ? "" : ", " + r.placeAddress));
        }
    }
}
