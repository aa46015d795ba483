package vn.donghanh.app.lock;

import android.app.AlertDialog;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.view.inputmethod.EditorInfo;
import android.widget.EditText;
import android.widget.TextView;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Dialogs;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.lock.LockPresenter;
import vn.donghanh.client.presenter.lock.LockView;

/**
 * The app lock's screen, put over whatever screen the app comes back to after the idle time. It
 * names the app and asks for the code, nothing more. Back leaves the app (the screen below is
 * never shown without the code); "Quên mã?" signs out, which drops the lock and keeps unsent items.
 */
public class LockActivity extends ScreenActivity implements LockView {
    private final Handler handler = new Handler(Looper.getMainLooper());
    private LockPresenter presenter;
    private EditText pin;
    private TextView message;

    public static Intent intent(Context context) {
        return new Intent(context, LockActivity.class)
                .addFlags(Intent.FLAG_ACTIVITY_SINGLE_TOP | Intent.FLAG_ACTIVITY_NO_ANIMATION);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_lock);
        if (getActionBar() != null) {
            getActionBar().hide();
        }
        pin = findViewById(R.id.lock_pin);
        message = findViewById(R.id.lock_message);
        presenter = whileShown(
                new LockPresenter(this, client(), DongHanhApp.from(this).appLock()), LockPresenter::start);
        findViewById(R.id.lock_open).setOnClickListener(v -> unlock());
        pin.setOnEditorActionListener((v, action, event) -> {
            if (action == EditorInfo.IME_ACTION_DONE) {
                unlock();
                return true;
            }
            return false;
        });
        findViewById(R.id.lock_forgot).setOnClickListener(v -> confirmForgot());
        findViewById(R.id.lock_emergency)
                .setOnClickListener(v -> startActivity(new Intent(
                        Intent.ACTION_DIAL,
                        android.net.Uri.fromParts("tel", getString(R.string.emergency_number), null))));
    }

    private void unlock() {
        String typed = pin.getText().toString();
        pin.setText("");
        presenter.unlock(typed);
    }

    private void confirmForgot() {
        Dialogs.show(new AlertDialog.Builder(this)
                .setTitle(R.string.lock_forgot_title)
                .setMessage(R.string.lock_forgot_message)
                .setPositiveButton(R.string.lock_forgot_confirm, (d, w) -> signOut())
                .setNegativeButton(R.string.common_cancel, null));
    }

    /** Leaves the app instead of showing the screen below. */
    @Override
    public void onBackPressed() {
        moveTaskToBack(true);
    }

    @Override
    protected boolean coversData() {
        return false;
    }

    @Override
    protected boolean hasAppMenu() {
        return false;
    }

    @Override
    public void showPinFormat() {
        message.setText(R.string.lock_pin_format);
    }

    @Override
    public void showWrongPin(int triesLeft) {
        message.setText(
                triesLeft > 0 ? getString(R.string.lock_wrong, triesLeft) : getString(R.string.lock_wrong_last));
    }

    @Override
    public void showWait(long waitMillis) {
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        String wait = seconds < 90
                ? getString(R.string.lock_wait_seconds, (int) seconds)
                : getString(R.string.lock_wait_minutes, (int) ((seconds + 59) / 60));
        message.setText(getString(R.string.lock_wait, wait));
        setInputEnabled(false);
        handler.removeCallbacksAndMessages(null);
        handler.postDelayed(
                () -> {
                    setInputEnabled(true);
                    message.setText("");
                },
                waitMillis);
    }

    private void setInputEnabled(boolean enabled) {
        pin.setEnabled(enabled);
        findViewById(R.id.lock_open).setEnabled(enabled);
    }

    @Override
    public void unlocked() {
        finish();
        overridePendingTransition(0, 0);
    }

    @Override
    protected void onDestroy() {
        handler.removeCallbacksAndMessages(null);
        super.onDestroy();
    }
}
