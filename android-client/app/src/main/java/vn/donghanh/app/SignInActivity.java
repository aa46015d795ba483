package vn.donghanh.app;

import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.EditText;
import android.widget.RadioGroup;
import android.widget.TextView;
import vn.donghanh.app.mentor.MentorHomeActivity;
import vn.donghanh.app.officer.OfficerHomeActivity;
import vn.donghanh.app.person.PersonHomeActivity;
import vn.donghanh.app.sync.SyncScheduler;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.SessionEnd;
import vn.donghanh.client.presenter.signin.SignInPresenter;
import vn.donghanh.client.presenter.signin.SignInView;

/**
 * Three ways in: a person's first activation (officer's one-time code + a new PIN), a person's
 * phone + PIN, staff username + password. A remembered session goes straight to the home screen.
 */
public class SignInActivity extends ScreenActivity implements SignInView {
    private SignInPresenter presenter;
    private RadioGroup mode;
    private EditText phone;
    private EditText code;
    private EditText pin;
    private EditText pinRepeat;
    private EditText username;
    private EditText password;
    private EditText server;
    private TextView message;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_sign_in);
        mode = findViewById(R.id.mode);
        phone = findViewById(R.id.phone);
        code = findViewById(R.id.code);
        pin = findViewById(R.id.pin);
        pinRepeat = findViewById(R.id.pin_repeat);
        username = findViewById(R.id.username);
        password = findViewById(R.id.password);
        server = findViewById(R.id.server);
        message = findViewById(R.id.message);
        showWhySignedOut();
        server.setText(DongHanhApp.from(this).settings().baseUrl());
        mode.setOnCheckedChangeListener((group, checked) -> showFieldsFor(checked));
        showFieldsFor(mode.getCheckedRadioButtonId());
        findViewById(R.id.advanced).setOnClickListener(v -> showAdvanced(!advancedShown()));
        // A changed address is not hidden: whoever changed it sees it.
        showAdvanced(!server.getText().toString().equals(getString(R.string.default_base_url)));
        findViewById(R.id.sign_in).setOnClickListener(v -> signIn());
        // Anyone may read the public pages: no sign-in, and the server field as typed applies.
        findViewById(R.id.learn).setOnClickListener(v -> openKnowledge());
        // start() skips the form when a session is remembered.
        presenter = whileShown(new SignInPresenter(this, client()), SignInPresenter::start);
    }

    /**
     * The phone signed the last user out by itself: say why, since their data is gone too (the
     * account was deactivated, so signing in again will not help; whom to ask instead).
     */
    private void showWhySignedOut() {
        SessionEnd end = client().auth().lastEnd();
        TextView notice = findViewById(R.id.session_ended);
        if (end == null) {
            notice.setVisibility(View.GONE);
            return;
        }
        String text = getString(
                end.reason == SessionEnd.Reason.ACCOUNT_DEACTIVATED
                        ? R.string.session_ended_deactivated
                        : R.string.session_ended_revoked);
        if (end.droppedUnsent > 0) {
            text += "\n"
                    + getResources()
                            .getQuantityString(R.plurals.session_ended_dropped, end.droppedUnsent, end.droppedUnsent);
        }
        notice.setText(text);
        notice.setVisibility(View.VISIBLE);
    }

    private void signIn() {
        message.setText("");
        // The server field applies before the call: the client is rebuilt for the new address.
        DongHanhApp.from(this).settings().setBaseUrl(server.getText().toString());
        presenter.detach();
        presenter = whileShown(new SignInPresenter(this, client()), SignInPresenter::start);
        int checked = mode.getCheckedRadioButtonId();
        if (checked == R.id.mode_activate) {
            presenter.activate(text(phone), text(code), text(pin), text(pinRepeat));
        } else if (checked == R.id.mode_staff) {
            presenter.staffLogin(text(username), text(password));
        } else {
            presenter.personLogin(text(phone), text(pin));
        }
    }

    private void openKnowledge() {
        DongHanhApp.from(this).settings().setBaseUrl(server.getText().toString());
        startActivity(vn.donghanh.app.knowledge.KnowledgeActivity.intent(this));
    }

    /** Back from Settings (reachable from the menu here too): show the address saved there. */
    @Override
    protected void onRestart() {
        super.onRestart();
        String saved = DongHanhApp.from(this).settings().baseUrl();
        if (!saved.equals(server.getText().toString())) {
            server.setText(saved);
            showAdvanced(advancedShown() || !saved.equals(getString(R.string.default_base_url)));
        }
    }

    private boolean advancedShown() {
        return findViewById(R.id.advanced_box).getVisibility() == View.VISIBLE;
    }

    private void showAdvanced(boolean shown) {
        findViewById(R.id.advanced_box).setVisibility(shown ? View.VISIBLE : View.GONE);
        TextView toggle = findViewById(R.id.advanced);
        int text = shown ? R.string.sign_in_advanced_hide : R.string.sign_in_advanced_show;
        toggle.setText(text);
        toggle.setContentDescription(getString(text));
    }

    /** Sign-in shows nothing of an account: the app lock does not cover it. */
    @Override
    protected boolean coversData() {
        return false;
    }

    private void showFieldsFor(int checked) {
        boolean activate = checked == R.id.mode_activate;
        boolean staff = checked == R.id.mode_staff;
        phone.setVisibility(staff ? View.GONE : View.VISIBLE);
        pin.setVisibility(staff ? View.GONE : View.VISIBLE);
        pin.setHint(activate ? R.string.new_pin_hint : R.string.pin_hint);
        code.setVisibility(activate ? View.VISIBLE : View.GONE);
        pinRepeat.setVisibility(activate ? View.VISIBLE : View.GONE);
        username.setVisibility(staff ? View.VISIBLE : View.GONE);
        password.setVisibility(staff ? View.VISIBLE : View.GONE);
        int button = activate ? R.string.activate_button : R.string.sign_in_button;
        ((TextView) findViewById(R.id.sign_in)).setText(button);
        findViewById(R.id.sign_in).setContentDescription(getString(button));
    }

    @Override
    public void showInvalid(Field field) {
        int text;
        switch (field) {
            case PHONE:
                text = R.string.invalid_phone;
                break;
            case PIN:
                text = R.string.invalid_pin;
                break;
            case PIN_REPEAT:
                text = R.string.invalid_pin_repeat;
                break;
            case CODE:
                text = R.string.invalid_code;
                break;
            case USERNAME:
                text = R.string.invalid_username;
                break;
            default:
                text = R.string.invalid_password;
        }
        message.setText(text);
    }

    @Override
    public void openHome(Role role) {
        Class<?> home;
        if (role == Role.PERSON) {
            home = PersonHomeActivity.class;
        } else if (role == Role.MENTOR) {
            home = MentorHomeActivity.class;
        } else if (role == Role.OFFICER) {
            home = OfficerHomeActivity.class;
        } else {
            // Supervisors and admins work on the office PC.
            message.setText(R.string.role_not_on_phone);
            signOut();
            return;
        }
        SyncScheduler.schedulePeriodic(this);
        // What this account left unsent at an earlier sign-out on this phone goes out once online.
        if (DongHanhApp.from(this).client().outbox().pendingCount() > 0) {
            SyncScheduler.syncWhenOnline(this);
        }
        startActivity(new Intent(this, home));
        finish();
    }

    @Override
    public void openSignIn() {
        // Already here.
    }

    private static String text(EditText field) {
        return field.getText().toString();
    }
}
