package vn.donghanh.app.person;

import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.person.AccessLogPresenter;
import vn.donghanh.client.presenter.person.AccessLogRow;
import vn.donghanh.client.presenter.person.AccessLogView;

/** "Ai đã xem hồ sơ của tôi": who (name, role), what (in plain words), when. */
public class AccessLogActivity extends ScreenActivity implements AccessLogView {
    private Formats formats;
    private PersonTexts texts;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setTitle(R.string.access_log_title);
        setContentView(R.layout.activity_access_log);
        formats = new Formats(this, client().zone());
        texts = new PersonTexts(this, client().zone());
        whileShown(new AccessLogPresenter(this, client()), AccessLogPresenter::start);
    }

    @Override
    public void showAccessLog(List<AccessLogRow> rows, boolean known, boolean offline, Long savedAtMillis) {
        TextView age = findViewById(R.id.offline);
        age.setVisibility(offline && known ? View.VISIBLE : View.GONE);
        age.setText(texts.offline(savedAtMillis, client().clock().nowMillis()));
        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, rows.isEmpty(), known ? R.string.access_log_empty : R.string.access_log_unknown);
        for (AccessLogRow r : rows) {
            View row = Rows.add(list, R.layout.row_access);
            String name = r.actorName == null || "?".equals(r.actorName)
                    ? getString(R.string.access_log_someone)
                    : r.actorName;
            ((TextView) row.findViewById(R.id.who))
                    .setText(getString(R.string.access_log_who, name, texts.role(r.actorRole)));
            ((TextView) row.findViewById(R.id.what)).setText(texts.action(r.action));
            ((TextView) row.findViewById(R.id.when)).setText(formats.dateTime(r.occurredAtMillis));
        }
    }
}
