package vn.donghanh.app.mentor;

import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.os.Bundle;
import android.util.Base64;
import android.view.View;
import android.widget.Button;
import android.widget.ImageView;
import android.widget.LinearLayout;
import android.widget.RadioButton;
import android.widget.RadioGroup;
import android.widget.TextView;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.mentor.TrainingModel;
import vn.donghanh.client.presenter.mentor.TrainingPresenter;
import vn.donghanh.client.presenter.mentor.TrainingView;
import vn.donghanh.client.training.TrainingCourse;
import vn.donghanh.client.training.TrainingCourseLine;
import vn.donghanh.client.training.TrainingResult;

/** Renders core's TrainingPresenter: the course list, or a course's lessons, its quiz and the result. */
public class TrainingActivity extends ScreenActivity implements TrainingView {
    private TrainingPresenter presenter;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_training);
        presenter = whileShown(
                new TrainingPresenter(this, client(), DongHanhApp.from(this).training()), TrainingPresenter::start);
        findViewById(R.id.submit).setOnClickListener(v -> presenter.submit());
        findViewById(R.id.back).setOnClickListener(v -> presenter.back());
    }

    @Override
    public void onBackPressed() {
        if (!presenter.back()) {
            super.onBackPressed();
        }
    }

    @Override
    public void render(TrainingModel model) {
        TextView title = findViewById(R.id.title);
        TextView offline = findViewById(R.id.offline);
        LinearLayout list = findViewById(R.id.list);
        TextView result = findViewById(R.id.result);
        Button submit = findViewById(R.id.submit);
        Button back = findViewById(R.id.back);
        if (model.course == null) {
            title.setText(R.string.training_title);
            offline.setText(R.string.training_offline_list);
            offline.setVisibility(model.offline ? View.VISIBLE : View.GONE);
            Rows.reset(list, model.courses.isEmpty() && !model.offline, R.string.training_none);
            for (TrainingCourseLine c : model.courses) {
                TextView row = Rows.addText(list, "");
                row.setMinHeight((int) (48 * getResources().getDisplayMetrics().density));
                row.setBackgroundResource(R.drawable.alert_row);
                ((LinearLayout.LayoutParams) row.getLayoutParams()).topMargin = 12;
                row.setPadding(24, 16, 24, 16);
                String status = c.completedVersion == 0
                        ? (c.downloaded
                                ? getString(R.string.training_row_downloaded)
                                : getString(R.string.training_row_new, c.lessons, c.questions))
                        : c.completedVersion == c.version
                                ? getString(R.string.training_row_done, c.completedVersion)
                                : getString(R.string.training_row_done_older, c.completedVersion, c.version);
                row.setText(c.title + "\n" + c.summary + "\n" + status);
                row.setContentDescription(c.title + ". " + status);
                row.setOnClickListener(v -> presenter.open(c.id));
            }
            result.setVisibility(View.GONE);
            submit.setVisibility(View.GONE);
            back.setVisibility(View.GONE);
            return;
        }
        TrainingCourse course = model.course;
        title.setText(course.title);
        offline.setText(R.string.training_offline_course);
        offline.setVisibility(model.offline ? View.VISIBLE : View.GONE);
        list.removeAllViews();
        boolean sent = model.result != null;
        for (TrainingCourse.Lesson l : course.lessons) {
            TextView heading = Rows.addText(list, getString(R.string.training_lesson_title, l.number, l.title));
            heading.setTextAppearance(android.R.style.TextAppearance_Material_Subhead);
            heading.setPadding(0, 24, 0, 8);
            Rows.addText(list, plain(l.text));
            if (l.imageData != null) {
                byte[] bytes = Base64.decode(l.imageData, Base64.DEFAULT);
                Bitmap bitmap = BitmapFactory.decodeByteArray(bytes, 0, bytes.length);
                if (bitmap != null) {
                    ImageView image = new ImageView(this);
                    image.setImageBitmap(bitmap);
                    image.setAdjustViewBounds(true);
                    // A picture illustrates; it must not push the lesson's text and quiz off the screen.
                    image.setMaxHeight((int) (200 * getResources().getDisplayMetrics().density));
                    image.setScaleType(ImageView.ScaleType.FIT_CENTER);
                    image.setContentDescription(l.imageAlt == null ? getString(R.string.training_image) : l.imageAlt);
                    list.addView(image);
                }
            }
            if (l.videoUrl != null) {
                TextView video = Rows.addText(list, getString(R.string.training_video, l.videoUrl));
                video.setAutoLinkMask(android.text.util.Linkify.WEB_URLS);
                video.setText(getString(R.string.training_video, l.videoUrl));
                video.setContentDescription(video.getText());
            }
            for (TrainingCourse.Question q : l.questions) {
                TextView question = Rows.addText(list, getString(R.string.training_question, q.id, q.text));
                question.setPadding(0, 16, 0, 4);
                RadioGroup group = new RadioGroup(this);
                Integer chosen = model.chosen.get(q.id);
                for (int i = 0; i < q.options.size(); i++) {
                    RadioButton option = new RadioButton(this);
                    option.setId(View.generateViewId());
                    option.setText(q.options.get(i));
                    option.setContentDescription(q.text + " " + q.options.get(i));
                    option.setTextSize(16);
                    option.setMinHeight(48 * (int) getResources().getDisplayMetrics().density);
                    option.setChecked(chosen != null && chosen == i);
                    option.setEnabled(!sent || !model.result.pending);
                    final int index = i;
                    option.setOnClickListener(v -> presenter.choose(q.id, index));
                    group.addView(option);
                }
                list.addView(group);
            }
        }
        // Before sending: what is still missing; after: where the answers are, or the result.
        boolean hint = !sent && !model.complete();
        result.setVisibility(sent || hint ? View.VISIBLE : View.GONE);
        result.setText(sent ? words(model.result) : hint ? getString(R.string.training_answer_all) : "");
        boolean waiting = sent && model.result.pending;
        submit.setVisibility(waiting || (sent && model.result.passed) ? View.GONE : View.VISIBLE);
        submit.setEnabled(model.complete());

        back.setVisibility(View.VISIBLE);
    }

    private String words(TrainingResult r) {
        if (r.pending) {
            return getString(R.string.training_pending);
        }
        return r.passed
                ? getString(R.string.training_passed, r.score, r.total, r.scorePercent)
                : getString(R.string.training_failed, r.score, r.total, r.scorePercent, r.passPercent);
    }

    /** The lesson's plain text as it reads on a phone: "- " items as bullets, paragraphs kept. */
    static String plain(String text) {
        return text.replaceAll("(?m)^\\s*- ", "• ");
    }
}
