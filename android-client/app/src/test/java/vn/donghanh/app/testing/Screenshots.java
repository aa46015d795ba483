package vn.donghanh.app.testing;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.robolectric.Shadows.shadowOf;

import android.app.Activity;
import android.app.Dialog;
import android.app.Notification;
import android.content.Context;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.graphics.Color;
import android.graphics.Rect;
import android.os.Looper;
import android.text.Layout;
import android.view.View;
import android.view.ViewGroup;
import android.view.ViewParent;
import android.widget.AbsListView;
import android.widget.CompoundButton;
import android.widget.EditText;
import android.widget.FrameLayout;
import android.widget.RemoteViews;
import android.widget.ScrollView;
import android.widget.SeekBar;
import android.widget.TextView;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Renders what a user sees to {@code target/screenshots/<name>.png} (Robolectric native graphics:
 * the test class needs {@code @GraphicsMode(NATIVE)}) and checks the layout facts that matter on
 * every screen: no text is cut off or ellipsized, and every control TalkBack can land on says what
 * it is. Look at the PNGs after {@code ./test}; the assertions catch what a glance would.
 */
public final class Screenshots {
    public static final File DIR = new File("target/screenshots");

    private Screenshots() {}

    /**
     * The phones every screen is looked at on: Vietnamese and English at font scale 1.0 and 1.3
     * ({lang, scale}), for {@code ParameterizedRobolectricTestRunner.Parameters}.
     */
    public static Collection<Object[]> phones() {
        return Arrays.asList(
                new Object[] {"vi", "1.0"}, new Object[] {"vi", "1.3"}, new Object[] {"en", "1.0"}, new Object[] {
                    "en", "1.3"
                });
    }

    /** Turns the test's phone into a 360x640 dp one in {@code lang} at {@code scale}, before any Activity is built. */
    public static void usePhone(String lang, String scale) {
        org.robolectric.RuntimeEnvironment.setQualifiers(
                (lang.equals("vi") ? "vi-rVN" : "en-rUS") + "-w360dp-h640dp-xhdpi");
        org.robolectric.RuntimeEnvironment.setFontScale(Float.parseFloat(scale));
    }

    /**
     * Lets pending work and animations settle, writes the visible window as {@code name}.png and,
     * when the screen scrolls, the whole page as {@code name}-page.png; then checks the layout facts.
     * Returns the window's root view.
     */
    public static View capture(Activity activity, String name) {
        settle();
        View decor = activity.getWindow().getDecorView();
        decor.jumpDrawablesToCurrentState(); // radio buttons and checkboxes freeze mid-animation otherwise
        write(decor, name);
        ScrollView scroll = firstScrollView(decor);
        if (scroll != null
                && scroll.getChildCount() == 1
                && scroll.getChildAt(0).getHeight() > scroll.getHeight()) {
            write(scroll.getChildAt(0), name + "-page");
        }
        assertLayoutFacts(decor, name);
        return decor;
    }

    /** The dialog's window as {@code name}.png, with the same checks. */
    public static View capture(Dialog dialog, String name) {
        settle();
        View decor = dialog.getWindow().getDecorView();
        decor.jumpDrawablesToCurrentState();
        write(decor, name);
        assertLayoutFacts(decor, name);
        return decor;
    }

    /**
     * A notification as the shade shows it ({@code name}.png) and, when it has one, its lock-screen
     * public version ({@code name}-lockscreen.png). Returns the texts of the public version's views
     * (or of the notification itself without one), for assertions about what a lock screen reveals.
     */
    public static List<String> capture(Context context, Notification notification, String name) {
        write(inflate(context, notification), name);
        Notification shown = notification.publicVersion == null ? notification : notification.publicVersion;
        View lock = inflate(context, shown);
        if (notification.publicVersion != null) {
            write(lock, name + "-lockscreen");
        }
        List<String> texts = new ArrayList<>();
        collectTexts(lock, texts);
        return texts;
    }

    /** The view's top-left and bottom-right lie inside the window as first shown (no scrolling). */
    public static void assertOnFirstScreen(Activity activity, View view, String what) {
        View decor = activity.getWindow().getDecorView();
        int[] at = new int[2];
        view.getLocationInWindow(at);
        assertTrue(what + " is not shown", view.isShown() && view.getHeight() > 0);
        assertTrue(
                what + " ends at y=" + (at[1] + view.getHeight()) + "px, below the first screen (" + decor.getHeight()
                        + "px)",
                at[1] >= 0 && at[1] + view.getHeight() <= decor.getHeight());
        assertTrue(what + " leaves the screen sideways", at[0] >= 0 && at[0] + view.getWidth() <= decor.getWidth());
    }

    /** No visible text is cut off; every visible control has a description a screen reader can read. */
    public static void assertLayoutFacts(View root, String screen) {
        List<String> problems = new ArrayList<>();
        check(root, problems);
        if (!problems.isEmpty()) {
            fail(screen + ":\n  " + String.join("\n  ", problems));
        }
    }

    private static void check(View v, List<String> problems) {
        if (v.getVisibility() != View.VISIBLE) {
            return;
        }
        if (v instanceof TextView) {
            checkText((TextView) v, problems);
        }
        if (isControl(v) && !describes(v)) {
            problems.add(describe(v) + " has no contentDescription");
        }
        if (v instanceof ViewGroup) {
            ViewGroup g = (ViewGroup) v;
            for (int i = 0; i < g.getChildCount(); i++) {
                check(g.getChildAt(i), problems);
            }
        }
    }

    private static boolean isControl(View v) {
        if (v instanceof ScrollView || v instanceof AbsListView) {
            return false; // containers: their rows and children are checked instead
        }
        return v.isClickable() || v.isLongClickable() || v instanceof SeekBar || v instanceof CompoundButton;
    }

    private static boolean describes(View v) {
        if (v instanceof EditText) {
            EditText e = (EditText) v;
            // A field is announced by its hint or the label pointing at it; a description would hide the text typed.
            return notEmpty(e.getHint()) || notEmpty(e.getContentDescription()) || labelled(e);
        }
        return notEmpty(v.getContentDescription());
    }

    private static boolean labelled(View field) {
        View root = field.getRootView();
        List<View> all = new ArrayList<>();
        flatten(root, all);
        for (View v : all) {
            if (v.getLabelFor() == field.getId() && field.getId() != View.NO_ID) {
                return true;
            }
        }
        return false;
    }

    private static void checkText(TextView t, List<String> problems) {
        Layout layout = t.getLayout();
        if (layout == null || t.getText().length() == 0 || t.getWidth() == 0) {
            return;
        }
        for (int i = 0; i < layout.getLineCount(); i++) {
            if (layout.getEllipsisCount(i) > 0) {
                problems.add(describe(t) + " is ellipsized");
                return;
            }
        }
        int innerHeight = t.getHeight() - t.getTotalPaddingTop() - t.getTotalPaddingBottom();
        if (layout.getHeight() > innerHeight + 1 && !(t instanceof EditText)) {
            problems.add(describe(t) + " needs " + layout.getHeight() + "px of height, has " + innerHeight);
        }
        int innerWidth = t.getWidth() - t.getTotalPaddingLeft() - t.getTotalPaddingRight();
        for (int i = 0; i < layout.getLineCount(); i++) {
            if (layout.getLineMax(i) > innerWidth + 1) {
                problems.add(describe(t) + " line " + (i + 1) + " is wider than the view");
                return;
            }
        }
        if (!insideScrollingParent(t)) {
            Rect visible = new Rect();
            if (t.getGlobalVisibleRect(visible)
                    && (visible.width() < t.getWidth() - 1 || visible.height() < t.getHeight() - 1)) {
                problems.add(describe(t) + " is cut off by its parent");
            }
        }
    }

    private static boolean insideScrollingParent(View v) {
        for (ViewParent p = v.getParent(); p instanceof View; p = p.getParent()) {
            if (p instanceof ScrollView || p instanceof AbsListView) {
                return true;
            }
        }
        return false;
    }

    private static String describe(View v) {
        String id;
        try {
            id = v.getId() == View.NO_ID ? "(no id)" : v.getResources().getResourceEntryName(v.getId());
        } catch (RuntimeException noName) {
            id = "#" + v.getId();
        }
        String text = v instanceof TextView ? " \"" + ((TextView) v).getText() + "\"" : "";
        return v.getClass().getSimpleName() + " " + id + text;
    }

    private static boolean notEmpty(CharSequence s) {
        return s != null && s.toString().trim().length() > 0;
    }

    private static void settle() {
        shadowOf(Looper.getMainLooper()).idleFor(Duration.ofMillis(800));
    }

    private static View inflate(Context context, Notification n) {
        Notification.Builder b = Notification.Builder.recoverBuilder(context, n);
        RemoteViews rv = b.createBigContentView() != null ? b.createBigContentView() : b.createContentView();
        FrameLayout parent = new FrameLayout(context);
        View v = rv.apply(context, parent);
        int width = (int) (360 * context.getResources().getDisplayMetrics().density);
        v.measure(
                View.MeasureSpec.makeMeasureSpec(width, View.MeasureSpec.EXACTLY),
                View.MeasureSpec.makeMeasureSpec(width * 2, View.MeasureSpec.AT_MOST));
        v.layout(0, 0, v.getMeasuredWidth(), v.getMeasuredHeight());
        return v;
    }

    private static void write(View v, String name) {
        if (v.getWidth() == 0 || v.getHeight() == 0) {
            fail(name + ": nothing to draw (" + v.getWidth() + "x" + v.getHeight() + ")");
        }
        Bitmap bitmap = Bitmap.createBitmap(v.getWidth(), v.getHeight(), Bitmap.Config.ARGB_8888);
        Canvas canvas = new Canvas(bitmap);
        canvas.drawColor(Color.WHITE);
        v.draw(canvas);
        DIR.mkdirs();
        try (OutputStream out = new FileOutputStream(new File(DIR, name + ".png"))) {
            bitmap.compress(Bitmap.CompressFormat.PNG, 100, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + name + ".png", e);
        }
    }

    private static ScrollView firstScrollView(View v) {
        if (v instanceof ScrollView) {
            return (ScrollView) v;
        }
        if (v instanceof ViewGroup) {
            ViewGroup g = (ViewGroup) v;
            for (int i = 0; i < g.getChildCount(); i++) {
                ScrollView s = firstScrollView(g.getChildAt(i));
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private static void flatten(View v, List<View> out) {
        out.add(v);
        if (v instanceof ViewGroup) {
            ViewGroup g = (ViewGroup) v;
            for (int i = 0; i < g.getChildCount(); i++) {
                flatten(g.getChildAt(i), out);
            }
        }
    }

    private static void collectTexts(View v, List<String> out) {
        if (v instanceof TextView && ((TextView) v).getText().length() > 0) {
            out.add(((TextView) v).getText().toString());
        }
        if (v instanceof ViewGroup) {
            ViewGroup g = (ViewGroup) v;
            for (int i = 0; i < g.getChildCount(); i++) {
                collectTexts(g.getChildAt(i), out);
            }
        }
    }
}
