package vn.donghanh.client.presenter.knowledge;

import java.util.List;
import vn.donghanh.client.knowledge.KnowledgeArticle;
import vn.donghanh.client.knowledge.KnowledgeEntry;
import vn.donghanh.client.presenter.BaseView;

/** "Tìm hiểu": the list of public pages, then one page. Nothing here needs an account. */
public interface KnowledgeView extends BaseView {
    /** The published pages, in order (empty: none published yet). */
    void showIndex(List<KnowledgeEntry> entries);

    /** One page to read. */
    void showArticle(KnowledgeArticle article);
}
