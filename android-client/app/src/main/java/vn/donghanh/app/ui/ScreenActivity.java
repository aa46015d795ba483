package vn.donghanh.app.ui;

import android.app.Activity;
import android.content.Intent;
import android.view.Menu;
import android.view.MenuItem;
import android.view.View;
import android.view.WindowManager;
import android.widget.Toast;
import java.util.function.Consumer;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.R;
import vn.donghanh.app.SignInActivity;
import vn.donghanh.app.SignOut;
import vn.donghanh.app.lock.LockActivity;
import vn.donghanh.app.settings.SettingsActivity;
import vn.donghanh.app.unsent.UnsentActivity;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.concurrent.Callback;
import vn.donghanh.client.presenter.BaseView;
import vn.donghanh.client.presenter.ErrorKind;
import vn.donghanh.client.presenter.Presenter;

/**
 * What every screen does the same way for core's BaseView: a progress bar while the presenter
 * works, errors as a short message in plain words, and back to sign-in when the session ended.
 * Also: the app lock (the neutral lock screen covers any screen shown after the idle time; its
 * presenter does not start meanwhile) and the options menu every screen has ("Chưa gửi",
 * "Cài đặt").
 */
public abstract class ScreenActivity extends Activity implements BaseView {
    private Presenter<?> presenter;
    private Runnable start;

    /**
     * The screen's presenter: {@code start} runs at every onStart (fresh data each time the
     * screen shows), detach at onDestroy (late results are dropped). Call in onCreate; calling
     * again replaces the presenter (the old one should be detached by the caller).
     */
    protected <P extends Presenter<?>> P whileShown(P presenter, Consumer<P> start) {
        this.presenter = presenter;
        this.start = () -> start.accept(presenter);
        return presenter;
    }

    @Override
    protected void onStart() {
        super.onStart();
        DongHanhApp.from(this).appLock().screenStarted(this);
        // With the lock on, the recent-apps thumbnail shows nothing of the screen either.
        if (DongHanhApp.from(this).appLock().isEnabled()) {
            getWindow().addFlags(WindowManager.LayoutParams.FLAG_SECURE);
        } else {
            getWindow().clearFlags(WindowManager.LayoutParams.FLAG_SECURE);
        }
        if (coversData() && DongHanhApp.from(this).appLock().isLocked()) {
            startActivity(LockActivity.intent(this));
            overridePendingTransition(0, 0);
            return;
        }
        if (start != null) {
            start.run();
        }
    }

    @Override
    protected void onStop() {
        DongHanhApp.from(this).appLock().screenStopped(this, isChangingConfigurations());
        super.onStop();
    }

    /**
     * False for screens that show nothing of the account (sign-in, the lock screen itself): the
     * app lock does not cover them.
     */
    protected boolean coversData() {
        return true;
    }

    /** False where the menu must not be reachable (the lock screen). */
    protected boolean hasAppMenu() {
        return true;
    }

    @Override
    public boolean onCreateOptionsMenu(Menu menu) {
        if (!hasAppMenu()) {
            return false;
        }
        if (client().auth().current() != null && !(this instanceof UnsentActivity)) {
            menu.add(Menu.NONE, R.id.menu_unsent, 1, R.string.menu_unsent);
        }
        if (!(this instanceof SettingsActivity)) {
            menu.add(Menu.NONE, R.id.menu_settings, 2, R.string.menu_settings);
        }
        return true;
    }

    @Override
    public boolean onOptionsItemSelected(MenuItem item) {
        if (item.getItemId() == R.id.menu_settings) {
            startActivity(SettingsActivity.intent(this));
            return true;
        }
        if (item.getItemId() == R.id.menu_unsent) {
            startActivity(UnsentActivity.intent(this));
            return true;
        }
        return super.onOptionsItemSelected(item);
    }

    @Override
    protected void onDestroy() {
        if (presenter != null) {
            presenter.detach();
        }
        super.onDestroy();
    }

    protected DongHanhClient client() {
        return DongHanhApp.from(this).client();
    }

    @Override
    public void showLoading(boolean loading) {
        View progress = findViewById(R.id.progress);
        if (progress != null) {
            progress.setVisibility(loading ? View.VISIBLE : View.GONE);
        }
    }

    @Override
    public void showError(ErrorKind error) {
        Toast.makeText(this, Labels.error(this, error), Toast.LENGTH_LONG).show();
        if (error == ErrorKind.NOT_SIGNED_IN) {
            openSignIn();
        }
    }

    /** Back to the sign-in screen, forgetting the screens behind (after sign-out or an ended session). */
    public void openSignIn() {
        startActivity(new Intent(this, SignInActivity.class)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_ACTIVITY_CLEAR_TASK));
        finish();
    }

    /**
     * Sign-out for screens whose presenter has none (staff): core forgets the session and synced
     * data, the app its jobs and notifications; then back to sign-in, reachable server or not.
     */
    protected void signOut() {
        final DongHanhClient client = client();
        client.tasks()
                .execute(
                        () -> {
                            SignOut.forgetOnThisPhone(this);
                            return client.signOut();
                        },
                        new Callback<Boolean>() {
                            @Override
                            public void onSuccess(Boolean revokedOnServer) {
                                openSignIn();
                            }

                            @Override
                            public void onError(Exception error) {
                                openSignIn();
                            }
                        });
    }

    /** A "Chưa gửi: N" line opens the unsent items (with the server's reasons) while something waits. */
    protected void linkUnsent(android.widget.TextView line, int unsentCount) {
        if (unsentCount > 0) {
            line.setOnClickListener(v -> startActivity(UnsentActivity.intent(this)));
            line.setContentDescription(line.getText() + ". " + getString(R.string.unsent_open));
        } else {
            line.setOnClickListener(null);
            line.setClickable(false);
            line.setContentDescription(null);
        }
    }

    protected void toast(int text) {
        Toast.makeText(this, text, Toast.LENGTH_LONG).show();
    }
}
