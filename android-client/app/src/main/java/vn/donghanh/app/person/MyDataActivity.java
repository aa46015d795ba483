package vn.donghanh.app.person;

import android.content.ActivityNotFoundException;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.view.View;
import android.widget.ArrayAdapter;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.Spinner;
import android.widget.Switch;
import android.widget.TextView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.person.MyDataPresenter;
import vn.donghanh.client.presenter.person.MyDataView;

/**
 * "Dữ liệu của tôi" (issue 17): renders what {@link MyDataPresenter} decides — the readable PDF
 * copy (saved privately, opened in the phone's PDF reader), the JSON copy (saved, offered to share), a switch per consent, the
 * correction form and the requests with their answers.
 */
public class MyDataActivity extends ScreenActivity implements MyDataView {
    private MyDataPresenter presenter;
    /** While the list is being drawn, switches moving are not the person's doing. */
    private boolean drawing;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setTitle(R.string.my_data_title);
        setContentView(R.layout.activity_my_data);
        List<String> fields = new ArrayList<>();
        for (String f : MyDataPresenter.FIELDS) fields.add(word("field_" + f));
        Spinner field = findViewById(R.id.my_data_field);
        field.setAdapter(new ArrayAdapter<>(this, android.R.layout.simple_spinner_dropdown_item, fields));
        presenter = whileShown(new MyDataPresenter(this, client()), MyDataPresenter::start);
        findViewById(R.id.my_data_download).setOnClickListener(v -> presenter.download());
        findViewById(R.id.my_data_download_pdf).setOnClickListener(v -> presenter.downloadPdf());
        findViewById(R.id.my_data_send)
                .setOnClickListener(v -> presenter.askCorrection(
                        MyDataPresenter.FIELDS.get(field.getSelectedItemPosition()),
                        ((EditText) findViewById(R.id.my_data_value)).getText().toString(),
                        ((EditText) findViewById(R.id.my_data_reason)).getText().toString()));
    }

    private String word(String name) {
        int id = getResources().getIdentifier(name, "string", getPackageName());
        return id == 0 ? name : getString(id);
    }

    @Override
    public void showMyData(List<MyDataPresenter.ConsentRow> consents, List<MyDataPresenter.CorrectionRow> corrections) {
        drawing = true;
        LinearLayout list = findViewById(R.id.my_data_consents);
        list.removeAllViews();
        for (MyDataPresenter.ConsentRow c : consents) {
            Switch s = new Switch(this);
            s.setText(
                    c.decided
                            ? word("consent_" + c.purpose)
                            : word("consent_" + c.purpose) + "\n" + getString(R.string.my_data_undecided));
            s.setContentDescription(word("consent_" + c.purpose));
            s.setTextSize(16);
            s.setMinHeight((int) (48 * getResources().getDisplayMetrics().density));
            s.setChecked(c.granted);
            s.setOnCheckedChangeListener((b, on) -> {
                if (!drawing) presenter.setConsent(c.purpose, on);
            });
            list.addView(s);
        }
        LinearLayout requests = findViewById(R.id.my_data_requests);
        Rows.reset(requests, corrections.isEmpty(), R.string.my_data_no_requests);
        for (MyDataPresenter.CorrectionRow r : corrections) {
            String answer = "DECLINED".equals(r.status)
                    ? getString(R.string.correction_DECLINED, r.declineReason == null ? "" : r.declineReason)
                    : word("correction_" + r.status);
            Rows.addText(
                    requests,
                    getString(R.string.my_data_request, word("field_" + r.field), r.proposedValue) + "\n" + answer);
        }
        drawing = false;
    }

    @Override
    public void saveCopy(String fileName, String text) {
        Uri saved = save(fileName, text.getBytes(StandardCharsets.UTF_8));
        if (saved == null) return;
        Intent share = new Intent(Intent.ACTION_SEND)
                .setType("application/json")
                .putExtra(Intent.EXTRA_STREAM, saved)
                .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION);
        hand(Intent.createChooser(share, getString(R.string.my_data_share_json)), fileName);
    }

    @Override
    public void savePdf(String fileName, byte[] pdf) {
        Uri saved = save(fileName, pdf);
        if (saved == null) return;
        hand(
                new Intent(Intent.ACTION_VIEW)
                        .setDataAndType(saved, "application/pdf")
                        .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION),
                fileName);
    }

    /** Kept in the app's private files (see {@link SavedCopies}); null and an error shown if the phone is full. */
    private Uri save(String fileName, byte[] bytes) {
        try {
            return SavedCopies.save(this, fileName, bytes);
        } catch (IOException e) {
            showError(vn.donghanh.client.presenter.ErrorKind.SERVER);
            return null;
        }
    }

    /** Opens or shares the copy; a phone with no app for it is told so, the copy stays saved. */
    private void hand(Intent intent, String fileName) {
        TextView saved = findViewById(R.id.my_data_saved);
        try {
            startActivity(intent);
            saved.setText(getString(R.string.my_data_saved, fileName));
        } catch (ActivityNotFoundException none) {
            saved.setText(getString(R.string.my_data_no_reader, fileName));
        }
        saved.setVisibility(View.VISIBLE);
    }

    @Override
    public void correctionSent() {
        ((EditText) findViewById(R.id.my_data_value)).setText("");
        ((EditText) findViewById(R.id.my_data_reason)).setText("");
        toast(R.string.my_data_sent);
    }

    @Override
    public void showCorrectionProblem(String field, String serverReason) {
        EditText target = findViewById("reason".equals(field) ? R.id.my_data_reason : R.id.my_data_value);
        target.setError(serverReason != null ? serverReason : getString(R.string.my_data_required));
        target.requestFocus();
    }
}
