package vn.donghanh.app.ui;

import android.app.AlertDialog;
import android.content.DialogInterface;
import android.widget.Button;

/** Alert dialogs whose buttons TalkBack can name (a dialog's own buttons have no description). */
public final class Dialogs {
    private Dialogs() {}

    /** Shows the dialog and gives each of its buttons its text as content description. */
    public static AlertDialog show(AlertDialog.Builder builder) {
        AlertDialog dialog = builder.show();
        for (int which : new int[] {
            DialogInterface.BUTTON_POSITIVE, DialogInterface.BUTTON_NEGATIVE, DialogInterface.BUTTON_NEUTRAL
        }) {
            Button button = dialog.getButton(which);
            if (button != null && button.getText() != null) {
                button.setContentDescription(button.getText());
            }
        }
        return dialog;
    }
}
