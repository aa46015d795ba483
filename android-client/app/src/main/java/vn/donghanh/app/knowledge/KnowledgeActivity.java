package vn.donghanh.app.knowledge;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.text.Html;
import android.text.method.LinkMovementMethod;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.ScrollView;
import android.widget.TextView;
import java.text.DateFormat;
import java.util.Date;
import java.util.List;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.knowledge.KnowledgeArticle;
import vn.donghanh.client.knowledge.KnowledgeEntry;
import vn.donghanh.client.presenter.ErrorKind;
import vn.donghanh.client.presenter.knowledge.KnowledgePresenter;
import vn.donghanh.client.presenter.knowledge.KnowledgeView;

/**
 * "Tìm hiểu" (issue 17): the public knowledge pages, opened from the sign-in screen, so anyone
 * with the app can read them before signing in (or without an account). Renders what
 * {@link KnowledgePresenter} gives it; a page's body is the server's safe HTML shown as styled
 * text, its links to the server's own pages opening in the browser.
 */
public class KnowledgeActivity extends ScreenActivity implements KnowledgeView {
    private static final String OPEN_SLUG = "openSlug";
    private KnowledgePresenter presenter;

    public static Intent intent(Context context) {
        return new Intent(context, KnowledgeActivity.class);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setTitle(R.string.knowledge_title);
        setContentView(R.layout.activity_knowledge);
        ((TextView) findViewById(R.id.article)).setMovementMethod(LinkMovementMethod.getInstance());
        findViewById(R.id.back).setOnClickListener(v -> presenter.back());
        presenter = whileShown(new KnowledgePresenter(this, client()), KnowledgePresenter::start);
        if (savedInstanceState != null) {
            presenter.restore(savedInstanceState.getString(OPEN_SLUG));
        }
    }

    @Override
    protected void onSaveInstanceState(Bundle out) {
        super.onSaveInstanceState(out);
        out.putString(OPEN_SLUG, presenter.openSlug());
    }

    /** Nothing of an account is shown here: the app lock does not cover it. */
    @Override
    protected boolean coversData() {
        return false;
    }

    @Override
    public void onBackPressed() {
        if (!presenter.back()) {
            super.onBackPressed();
        }
    }

    @Override
    public void showIndex(List<KnowledgeEntry> entries) {
        findViewById(R.id.back).setVisibility(View.GONE);
        findViewById(R.id.notice).setVisibility(View.GONE);
        findViewById(R.id.article).setVisibility(View.GONE);
        findViewById(R.id.updated).setVisibility(View.GONE);
        ((TextView) findViewById(R.id.title)).setText(R.string.knowledge_title);
        TextView lead = findViewById(R.id.lead);
        lead.setText(R.string.knowledge_lead);
        lead.setVisibility(View.VISIBLE);
        LinearLayout list = findViewById(R.id.list);
        list.setVisibility(View.VISIBLE);
        Rows.reset(list, entries.isEmpty(), R.string.knowledge_empty);
        for (KnowledgeEntry e : entries) {
            View row = Rows.add(list, R.layout.row_knowledge);
            ((TextView) row.findViewById(R.id.entry_title)).setText(e.title);
            TextView summary = row.findViewById(R.id.entry_summary);
            summary.setText(e.summary == null ? "" : e.summary);
            summary.setVisibility(e.summary == null ? View.GONE : View.VISIBLE);
            row.setContentDescription(e.summary == null ? e.title : e.title + ". " + e.summary);
            row.setOnClickListener(v -> presenter.open(e.slug));
        }
        scrollToTop();
    }

    @Override
    public void showArticle(KnowledgeArticle article) {
        findViewById(R.id.back).setVisibility(View.VISIBLE);
        findViewById(R.id.list).setVisibility(View.GONE);
        ((TextView) findViewById(R.id.title)).setText(article.title);
        TextView lead = findViewById(R.id.lead);
        lead.setText(article.summary == null ? "" : article.summary);
        lead.setVisibility(article.summary == null ? View.GONE : View.VISIBLE);
        TextView notice = findViewById(R.id.notice);
        boolean onlyVi = "vi".equals(article.language)
                && "en"
                        .equals(getResources()
                                .getConfiguration()
                                .getLocales()
                                .get(0)
                                .getLanguage());
        notice.setText(R.string.knowledge_only_vi);
        notice.setVisibility(onlyVi ? View.VISIBLE : View.GONE);
        TextView body = findViewById(R.id.article);
        String html = KnowledgePresenter.absoluteLinks(
                article.html, DongHanhApp.from(this).settings().baseUrl());
        CharSequence text = Html.fromHtml(html, Html.FROM_HTML_MODE_COMPACT);
        body.setText(text);
        // Its links make it focusable: TalkBack reads the page's words when it lands on it.
        body.setContentDescription(text.toString());
        body.setVisibility(View.VISIBLE);
        TextView updated = findViewById(R.id.updated);
        if (article.updatedAtMillis != null) {
            DateFormat format = DateFormat.getDateInstance(
                    DateFormat.MEDIUM,
                    getResources().getConfiguration().getLocales().get(0));
            format.setTimeZone(client().zone());
            updated.setText(getString(R.string.knowledge_updated, format.format(new Date(article.updatedAtMillis))));
            updated.setVisibility(View.VISIBLE);
        } else {
            updated.setVisibility(View.GONE);
        }
        scrollToTop();
    }

    /** Offline and "taken down" are said on the screen itself, where the reader is looking; the rest as everywhere. */
    @Override
    public void showError(ErrorKind error) {
        if (error == ErrorKind.OFFLINE || error == ErrorKind.NOT_FOUND) {
            TextView notice = findViewById(R.id.notice);
            notice.setText(error == ErrorKind.OFFLINE ? R.string.knowledge_offline : R.string.knowledge_gone);
            notice.setVisibility(View.VISIBLE);
            return;
        }
        super.showError(error);
    }

    private void scrollToTop() {
        ((ScrollView) findViewById(R.id.scroll)).scrollTo(0, 0);
    }
}
