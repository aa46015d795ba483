package vn.donghanh.app.ui;

import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.LinearLayout;
import android.widget.TextView;
import vn.donghanh.app.R;

/**
 * Lists here are short (a mentor's one or two mentees, a case's recent history), so they are
 * plain rows added to a LinearLayout inside the screen's ScrollView rather than ListViews.
 */
public final class Rows {
    private Rows() {}

    /** Adds one line of text (a row of the list) and returns it. */
    public static TextView addText(LinearLayout list, CharSequence text) {
        TextView row = (TextView) LayoutInflater.from(list.getContext()).inflate(R.layout.row_text, list, false);
        row.setText(text);
        list.addView(row);
        return row;
    }

    /** Adds a row from a layout and returns it for filling in. */
    public static View add(ViewGroup list, int layout) {
        View row = LayoutInflater.from(list.getContext()).inflate(layout, list, false);
        list.addView(row);
        return row;
    }

    /** Empties the list and shows {@code emptyText} when there is nothing to list. */
    public static void reset(LinearLayout list, boolean empty, int emptyText) {
        list.removeAllViews();
        if (empty) {
            addText(list, list.getContext().getString(emptyText));
        }
    }
}
