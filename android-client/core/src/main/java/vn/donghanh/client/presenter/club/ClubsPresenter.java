package vn.donghanh.client.presenter.club;

import java.util.List;
import java.util.regex.Pattern;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.api.ClubApi;
import vn.donghanh.client.concurrent.Callback;
import vn.donghanh.client.model.Club;
import vn.donghanh.client.presenter.ErrorKind;
import vn.donghanh.client.presenter.Presenter;

/**
 * The person's club list. Joining is their own choice under an alias they type; the alias is checked here as the
 * server checks it (so a cheap phone offline-ish gets an answer at once), and the server's refusals come back as
 * {@link AliasProblem}s, never as server sentences.
 */
public final class ClubsPresenter extends Presenter<ClubsView> {
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} .\\-_]+");
    private final ClubApi clubs;

    public ClubsPresenter(ClubsView view, DongHanhClient client) {
        super(view, client);
        this.clubs = new ClubApi(client.api().client());
    }

    public void start() {
        load(clubs::clubs, ClubsView::showClubs);
    }

    /** The problem with {@code alias} as typed, or null when the phone sees none. */
    public static AliasProblem check(String alias) {
        String a = alias == null ? "" : alias.trim().replaceAll("\\s+", " ");
        int length = a.codePointCount(0, a.length());
        if (length < 2 || length > 40) {
            return AliasProblem.LENGTH;
        }
        if (!ALLOWED.matcher(a).matches()) {
            return AliasProblem.CHARACTERS;
        }
        int digits = 0;
        for (int i = 0; i < a.length(); i++) {
            if (Character.isDigit(a.charAt(i))) {
                digits++;
            }
        }
        return digits >= 6 ? AliasProblem.PHONE_NUMBER : null;
    }

    public void join(final String clubId, String alias, final boolean showName) {
        AliasProblem problem = check(alias);
        if (problem != null) {
            if (view() != null) {
                view().showAliasProblem(clubId, problem);
            }
            return;
        }
        final String typed = alias.trim().replaceAll("\\s+", " ");
        client.tasks()
                .execute(
                        () -> {
                            clubs.join(clubId, typed, showName);
                            return clubs.clubs();
                        },
                        new Callback<List<Club>>() {
                            @Override
                            public void onSuccess(List<Club> result) {
                                ClubsView v = view();
                                if (v != null) {
                                    v.showJoined(clubId);
                                    v.showClubs(result);
                                }
                            }

                            @Override
                            public void onError(Exception error) {
                                ClubsView v = view();
                                if (v == null) {
                                    return;
                                }
                                if (error instanceof ApiException && ((ApiException) error).status == 409) {
                                    v.showAliasProblem(clubId, AliasProblem.TAKEN);
                                } else if (error instanceof ApiException && ((ApiException) error).status == 400) {
                                    v.showAliasProblem(clubId, AliasProblem.NOT_ALLOWED);
                                } else {
                                    v.showError(ErrorKind.of(error));
                                }
                            }
                        });
    }

    public void leave(final String clubId) {
        load(
                () -> {
                    clubs.leave(clubId);
                    return clubs.clubs();
                },
                (v, result) -> {
                    v.showLeft(clubId);
                    v.showClubs(result);
                });
    }
}
