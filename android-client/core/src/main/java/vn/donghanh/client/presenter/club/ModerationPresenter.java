package vn.donghanh.client.presenter.club;

import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.api.ClubApi;
import vn.donghanh.client.concurrent.BackgroundTask;
import vn.donghanh.client.model.ClubPost;
import vn.donghanh.client.presenter.Presenter;

/**
 * A moderator's club screen: the reported posts (those members still see first, they are the work), then the
 * board; hiding a post needs a reason, checked here for blank and by the server for the rest (its words, in the
 * phone's language, go next to the field).
 */
public final class ModerationPresenter extends Presenter<ModerationView> {
    private final ClubApi clubs;
    private final String clubId;

    public ModerationPresenter(ModerationView view, DongHanhClient client, String clubId) {
        super(view, client);
        this.clubs = new ClubApi(client.api().client());
        this.clubId = clubId;
    }

    public void start() {
        load(this::read, (v, loaded) -> v.showPosts(loaded.reported, loaded.board));
    }

    public void hide(final String postId, String reason) {
        final String r = reason == null ? "" : reason.trim();
        if (r.isEmpty()) {
            if (view() != null) {
                view().showReasonProblem(postId, null);
            }
            return;
        }
        BackgroundTask<Object> send = () -> {
            try {
                clubs.hide(clubId, postId, r);
            } catch (ApiException refused) {
                if (refused.status == 400 || refused.status == 409 || refused.status == 422) {
                    return refused;
                }
                throw refused;
            }
            return read();
        };
        load(send, (v, result) -> {
            if (result instanceof ApiException) {
                v.showReasonProblem(postId, withoutFieldName(((ApiException) result).humanReason()));
                return;
            }
            Loaded loaded = (Loaded) result;
            v.showHidden(postId);
            v.showPosts(loaded.reported, loaded.board);
        });
    }

    /** "reason: không được để trống" → "không được để trống": the View puts the words under the field itself. */
    static String withoutFieldName(String words) {
        int colon = words.indexOf(": ");
        return colon > 0 && words.substring(0, colon).matches("[A-Za-z]+") ? words.substring(colon + 2) : words;
    }

    private Loaded read() throws Exception {
        List<ClubPost> waiting = new ArrayList<>();
        List<ClubPost> handled = new ArrayList<>();
        for (ClubPost p : clubs.reportedPosts(clubId)) {
            (p.hidden ? handled : waiting).add(p);
        }
        waiting.addAll(handled);
        return new Loaded(waiting, clubs.posts(clubId));
    }

    private static final class Loaded {
        final List<ClubPost> reported;
        final List<ClubPost> board;

        Loaded(List<ClubPost> reported, List<ClubPost> board) {
            this.reported = reported;
            this.board = board;
        }
    }
}
