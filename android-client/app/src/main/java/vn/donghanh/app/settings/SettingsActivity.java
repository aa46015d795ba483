package vn.donghanh.app.settings;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.Button;
import android.widget.EditText;
import android.widget.RadioButton;
import android.widget.RadioGroup;
import android.widget.TextView;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.lock.SettingsModel;
import vn.donghanh.client.presenter.lock.SettingsPresenter;
import vn.donghanh.client.presenter.lock.SettingsView;

/**
 * App lock (on/off, code typed twice, idle time) and, under "Nâng cao", the server address. The
 * address can only be changed signed out: a session belongs to the server that issued it.
 */
public class SettingsActivity extends ScreenActivity implements SettingsView {
    private SettingsPresenter presenter;
    private EditText newPin;
    private EditText newPinRepeat;
    private TextView pinMessage;
    private RadioGroup idle;
    private boolean rendering;

    public static Intent intent(Context context) {
        return new Intent(context, SettingsActivity.class);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_settings);
        setTitle(R.string.settings_title);
        newPin = findViewById(R.id.new_pin);
        newPinRepeat = findViewById(R.id.new_pin_repeat);
        pinMessage = findViewById(R.id.pin_message);
        idle = findViewById(R.id.idle);
        presenter = whileShown(
                new SettingsPresenter(this, client(), DongHanhApp.from(this).appLock()), SettingsPresenter::start);
        findViewById(R.id.save_pin).setOnClickListener(v -> {
            String pin = newPin.getText().toString();
            String repeat = newPinRepeat.getText().toString();
            newPin.setText("");
            newPinRepeat.setText("");
            presenter.savePin(pin, repeat);
        });
        findViewById(R.id.disable_lock).setOnClickListener(v -> {
            presenter.disableLock();
            say(R.string.settings_lock_disabled, false);
        });
        idle.setOnCheckedChangeListener((group, checkedId) -> {
            if (!rendering && checkedId != View.NO_ID) {
                presenter.chooseIdle((Long) group.findViewById(checkedId).getTag());
            }
        });
        EditText server = findViewById(R.id.server);
        server.setText(DongHanhApp.from(this).settings().baseUrl());
        findViewById(R.id.server_save).setOnClickListener(v -> {
            DongHanhApp.from(this).settings().setBaseUrl(server.getText().toString());
            server.setText(DongHanhApp.from(this).settings().baseUrl());
            toast(R.string.settings_server_saved);
        });
    }

    @Override
    public void showSettings(SettingsModel model) {
        rendering = true;
        ((TextView) findViewById(R.id.lock_state))
                .setText(
                        !model.signedIn
                                ? R.string.settings_lock_signed_out
                                : model.lockEnabled ? R.string.settings_lock_on : R.string.settings_lock_off);
        findViewById(R.id.lock_controls).setVisibility(model.signedIn ? View.VISIBLE : View.GONE);
        int visibleWhenOn = model.lockEnabled ? View.VISIBLE : View.GONE;
        findViewById(R.id.idle_title).setVisibility(visibleWhenOn);
        idle.setVisibility(visibleWhenOn);
        findViewById(R.id.disable_lock).setVisibility(visibleWhenOn);
        Button save = findViewById(R.id.save_pin);
        int saveText = model.lockEnabled ? R.string.settings_lock_change : R.string.settings_lock_enable;
        save.setText(saveText);
        save.setContentDescription(getString(saveText));
        idle.removeAllViews();
        for (long choice : model.idleChoicesMillis) {
            RadioButton option = new RadioButton(this);
            option.setId(View.generateViewId());
            option.setTag(choice);
            option.setMinHeight(getResources().getDimensionPixelSize(R.dimen.touch_target));
            option.setTextSize(18);
            option.setText(idleLabel(choice));
            option.setContentDescription(option.getText());
            idle.addView(option);
            if (choice == model.idleMillis) {
                option.setChecked(true);
            }
        }
        // Changing the server while signed in would send this session to another server.
        boolean signedIn = model.signedIn;
        findViewById(R.id.server).setEnabled(!signedIn);
        findViewById(R.id.server_note).setVisibility(signedIn ? View.VISIBLE : View.GONE);
        findViewById(R.id.server_save).setVisibility(signedIn ? View.GONE : View.VISIBLE);
        rendering = false;
    }

    private String idleLabel(long millis) {
        if (millis <= 0) {
            return getString(R.string.settings_idle_at_once);
        }
        if (millis <= 60_000L) {
            return getString(R.string.settings_idle_1_min);
        }
        if (millis <= 300_000L) {
            return getString(R.string.settings_idle_5_min);
        }
        return getString(R.string.settings_idle_15_min);
    }

    @Override
    public void showPinProblem(PinProblem problem) {
        say(problem == PinProblem.MISMATCH ? R.string.settings_pin_mismatch : R.string.settings_pin_format, true);
    }

    @Override
    public void showPinSaved() {
        say(R.string.settings_pin_saved, false);
    }

    private void say(int text, boolean problem) {
        pinMessage.setTextColor(getColor(problem ? R.color.help : R.color.primary_dark));
        pinMessage.setText(text);
    }
}
