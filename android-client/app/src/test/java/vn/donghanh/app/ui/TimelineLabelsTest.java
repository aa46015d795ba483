package vn.donghanh.app.ui;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import android.content.Context;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import vn.donghanh.app.R;

/**
 * Every CaseEventType and OverdueKind of api-spec/openapi.yaml has words on the phone, in Vietnamese
 * and English: a value added to the spec without a label fails here (instead of showing its code).
 */
@RunWith(RobolectricTestRunner.class)
public class TimelineLabelsTest {
    /** The spec, relative to the module directory (android-client/app) Surefire runs in. */
    static final File SPEC = new File("../../api-spec/openapi.yaml");

    static List<String> specEnum(String schema) throws IOException {
        String yaml = new String(Files.readAllBytes(SPEC.toPath()), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\n    " + schema + ":\\n(?:      .*\\n)*?      enum: \\[([^\\]]*)\\]")
                .matcher(yaml);
        assertTrue(schema + " with an inline enum in " + SPEC.getAbsolutePath(), m.find());
        List<String> values = new ArrayList<>();
        for (String v : m.group(1).split(",")) {
            values.add(v.trim());
        }
        assertFalse(values.isEmpty());
        return values;
    }

    @Test
    public void everyCaseEventTypeHasALabelInVietnamese() throws IOException {
        everyCaseEventTypeHasALabel();
    }

    @Test
    @Config(qualifiers = "en")
    public void everyCaseEventTypeHasALabelInEnglish() throws IOException {
        everyCaseEventTypeHasALabel();
    }

    @Test
    public void everyOverdueKindHasPlainWordsInVietnamese() throws IOException {
        everyOverdueKindHasPlainWords();
    }

    @Test
    @Config(qualifiers = "en")
    public void everyOverdueKindHasPlainWordsInEnglish() throws IOException {
        everyOverdueKindHasPlainWords();
    }

    private void everyCaseEventTypeHasALabel() throws IOException {
        Context c = RuntimeEnvironment.getApplication();
        List<String> types = specEnum("CaseEventType");
        assertTrue(types.toString(), types.contains("ACTIVATION_CODE_ISSUED"));
        String generic = c.getString(R.string.timeline_other);
        for (String type : types) {
            String label = Labels.timelineEvent(c, type, "ACTIVE", "SUSPENDED", "Phan Thị Mai");
            assertNotEquals(type + " has no label of its own", generic, label);
            assertFalse(type + " shows its code: " + label, label.contains(type) || label.contains("_"));
        }
    }

    private void everyOverdueKindHasPlainWords() throws IOException {
        Context c = RuntimeEnvironment.getApplication();
        String generic = c.getString(R.string.officer_kind_other);
        for (String kind : specEnum("OverdueKind")) {
            String label = Labels.overdueKind(c, kind);
            assertNotEquals(kind + " has no words of its own", generic, label);
            assertFalse(kind + " shows its code: " + label, label.contains("_"));
        }
    }
}
