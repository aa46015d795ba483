package vn.donghanh.client.presenter.officer;

import vn.donghanh.client.presenter.BaseView;

public interface OfficerHomeView extends BaseView {
    void render(OfficerHomeModel model);

    /** Ask before recording: names the person and what is recorded (presence at the office, now). */
    void confirmPresence(PendingPresence presence);

    /**
     * Recorded on the phone, held back for {@code windowMillis}: show "Hoàn tác" for that long, then
     * call {@link OfficerHomePresenter#undoWindowOver()} (also when the screen is left).
     */
    void showUndo(PendingPresence presence, long windowMillis);

    /** The undo chance is over (sent, undone or taken over by another presence): hide "Hoàn tác". */
    void hideUndo();

    /** The undo window ended: {@code sent} says whether the server has it or it waits on the phone. */
    void showPresenceSaved(PendingPresence presence, boolean sent);

    /** "Hoàn tác": {@code undone} false when it had already gone out (the server has it). */
    void showPresenceUndone(PendingPresence presence, boolean undone);

    void openCase(String caseId);
}
