package vn.donghanh.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.donghanh.client.model.Mentee;
import vn.donghanh.client.presenter.BaseView;
import vn.donghanh.client.presenter.ErrorKind;
import vn.donghanh.client.presenter.mentor.ContactFormModel;
import vn.donghanh.client.presenter.mentor.ContactFormPresenter;
import vn.donghanh.client.presenter.mentor.ContactFormView;
import vn.donghanh.client.presenter.mentor.MenteeModel;
import vn.donghanh.client.presenter.mentor.MenteePresenter;
import vn.donghanh.client.presenter.mentor.MenteeRow;
import vn.donghanh.client.presenter.mentor.MenteeView;
import vn.donghanh.client.presenter.mentor.MentorHomeModel;
import vn.donghanh.client.presenter.mentor.MentorHomePresenter;
import vn.donghanh.client.presenter.mentor.MentorHomeView;
import vn.donghanh.client.presenter.messages.MessageRow;
import vn.donghanh.client.presenter.messages.MessagesPresenter;
import vn.donghanh.client.presenter.messages.MessagesView;
import vn.donghanh.client.presenter.officer.CaseTimelineModel;
import vn.donghanh.client.presenter.officer.CaseTimelinePresenter;
import vn.donghanh.client.presenter.officer.CaseTimelineView;
import vn.donghanh.client.presenter.officer.OfficerHomeModel;
import vn.donghanh.client.presenter.officer.OfficerHomePresenter;
import vn.donghanh.client.presenter.officer.OfficerHomeView;
import vn.donghanh.client.presenter.officer.PendingPresence;
import vn.donghanh.client.presenter.person.PersonHomeModel;
import vn.donghanh.client.presenter.person.PersonHomePresenter;
import vn.donghanh.client.presenter.person.PersonHomeView;

/** Presenters with fake Views (direct executors) against the real backend. */
@ExtendWith(Backend.class)
class PresentersEndToEndTest {
    /** Records what the presenter showed; fails the test on any error it did not expect. */
    abstract static class RecordingView implements BaseView {
        final List<ErrorKind> errors = new ArrayList<>();

        @Override
        public void showLoading(boolean loading) {}

        @Override
        public void showError(ErrorKind error) {
            errors.add(error);
        }
    }

    static final class PersonView extends RecordingView implements PersonHomeView {
        PersonHomeModel last;
        String messagesWith;

        public void render(PersonHomeModel model) {
            last = model;
        }

        public void showCheckinSaved(boolean sent) {}

        public void showHelpRequestSaved(boolean sent) {}

        public void dial(String phone) {}

        public void openMessages(String caseId, String mentorAccountId) {
            messagesWith = mentorAccountId;
        }

        public void openSignIn() {}
    }

    @Test
    void personHomeShowsMentorAndDaysRemainingOnline() throws Exception {
        Phone person = EndToEndTest.person();
        PersonView view = new PersonView();
        new PersonHomePresenter(view, person.client).start();

        assertTrue(view.errors.isEmpty(), view.errors.toString());
        assertFalse(view.last.offline);
        assertNotNull(view.last.daysRemaining);
        assertTrue(view.last.daysRemaining > 0);
        assertEquals(0, view.last.unsentCount);
    }

    @Test
    void mentorSeesMenteesLogsAContactOfflineAndMessagesThePerson() throws Exception {
        Phone mentor = EndToEndTest.mentorWithMentee();
        List<List<MenteeRow>> shown = new ArrayList<>();
        class MentorView extends RecordingView implements MentorHomeView {
            public void render(MentorHomeModel model) {
                shown.add(model.mentees);
            }

            public void openMentee(MenteeRow mentee) {}
        }
        MentorView home = new MentorView();
        new MentorHomePresenter(home, mentor.client).start();
        assertTrue(home.errors.isEmpty(), home.errors.toString());
        assertFalse(shown.get(0).isEmpty());

        Mentee mentee = mentor.client.api().mentees().get(0);
        List<MenteeModel> models = new ArrayList<>();
        List<Boolean> saved = new ArrayList<>();
        class OneMentee extends RecordingView implements MenteeView {
            public void render(MenteeModel model) {
                models.add(model);
            }

            public void dial(String phone) {}

            public void openMessages(String caseId, String withAccountId) {}

            public void openContactForm(String caseId, String fullName) {}

            public void openReferral(String caseId, String fullName) {}

            public void showAcknowledged(boolean sent) {}
        }
        class Form extends RecordingView implements ContactFormView {
            public void render(ContactFormModel model) {}

            public void showInvalid(Field field) {}

            public void showContactSaved(boolean sent) {
                saved.add(sent);
            }
        }
        OneMentee page = new OneMentee();
        MenteePresenter presenter = new MenteePresenter(page, mentor.client, mentee.caseId, null, null, null);
        mentor.network.setOffline(true);
        new ContactFormPresenter(new Form(), mentor.client, mentee.caseId)
                .save("PHONE_CALL", System.currentTimeMillis(), "Gọi điện hỏi thăm", Arrays.<String>asList(), false);
        assertEquals(Arrays.asList(false), saved);
        presenter.start();
        MenteeModel offline = models.get(models.size() - 1);
        assertTrue(offline.offline);
        assertFalse(offline.contacts.get(0).sent, "the unsent contact is shown, marked");

        mentor.network.setOffline(false);
        mentor.client.flusher().flush(true);
        presenter.start();
        MenteeModel online = models.get(models.size() - 1);
        assertFalse(online.offline);
        int withSummary = 0;
        for (vn.donghanh.client.presenter.mentor.ContactRow c : online.contacts) {
            if (c.summary.equals("Gọi điện hỏi thăm")) {
                withSummary++;
                assertTrue(c.sent);
            }
        }
        assertTrue(withSummary >= 1);
    }

    @Test
    void thePersonMessagesTheMentorOfflineAndTheMessageArrivesOnce() throws Exception {
        Phone person = EndToEndTest.person();
        vn.donghanh.client.model.CaseDetail myCase = person.client.api().myCase();
        assertNotNull(myCase.mentor, "the demo person has a mentor");
        List<List<MessageRow>> conversations = new ArrayList<>();
        List<Boolean> offlineFlags = new ArrayList<>();
        class Chat extends RecordingView implements MessagesView {
            public void showMessages(List<MessageRow> messages, boolean offline) {
                conversations.add(messages);
                offlineFlags.add(offline);
            }
        }
        Chat chat = new Chat();
        MessagesPresenter presenter = new MessagesPresenter(chat, person.client, myCase.id, myCase.mentor.id);
        String text = "Chị Mai ơi, chiều nay em bận, mai em qua được không ạ?";

        person.network.setOffline(true);
        presenter.send(text);
        MessageRow pending = last(conversations.get(conversations.size() - 1));
        assertEquals(text, pending.body);
        assertFalse(pending.sent, "shown as not yet sent");
        assertTrue(offlineFlags.get(offlineFlags.size() - 1));

        person.network.setOffline(false);
        person.client.syncNow(true);
        presenter.start();
        assertTrue(chat.errors.isEmpty(), chat.errors.toString());
        int copies = 0;
        for (MessageRow m : conversations.get(conversations.size() - 1)) {
            if (m.body.equals(text)) {
                copies++;
                assertTrue(m.sent && m.mine);
            }
        }
        assertEquals(1, copies);
    }

    private static MessageRow last(List<MessageRow> rows) {
        return rows.get(rows.size() - 1);
    }

    @Test
    void officerSeesTheOverdueListTheCommuneSummaryAndATimeline() throws Exception {
        Phone officer = EndToEndTest.staff("demo.officer.tanthinh");
        List<OfficerHomeModel> models = new ArrayList<>();
        List<Boolean> presence = new ArrayList<>();
        class Home extends RecordingView implements OfficerHomeView {
            public void render(OfficerHomeModel model) {
                models.add(model);
            }

            public void confirmPresence(PendingPresence p) {}

            public void showUndo(PendingPresence p, long windowMillis) {}

            public void hideUndo() {}

            public void showPresenceSaved(PendingPresence p, boolean sent) {
                presence.add(sent);
            }

            public void showPresenceUndone(PendingPresence p, boolean undone) {}

            public void openCase(String caseId) {}
        }
        Home home = new Home();
        OfficerHomePresenter presenter = new OfficerHomePresenter(home, officer.client);
        presenter.start();
        assertTrue(home.errors.isEmpty(), home.errors.toString());
        OfficerHomeModel model = models.get(0);
        assertFalse(model.communes.isEmpty());
        long cases = 0;
        for (Long n : model.communes.get(0).byStatus.values()) {
            cases += n;
        }
        assertTrue(cases > 0, "the demo commune has cases");

        String caseId = officer.client
                .api()
                .client()
                .getObject("/api/v1/cases?status=ACTIVE&limit=1")
                .getJSONArray("items")
                .getJSONObject(0)
                .getString("id");
        presenter.recordPresence(caseId);
        assertEquals(Arrays.asList(), presence, "held back while it can be undone");
        presenter.undoWindowOver();
        assertEquals(Arrays.asList(true), presence);

        List<CaseTimelineModel> timelines = new ArrayList<>();
        class Timeline extends RecordingView implements CaseTimelineView {
            public void render(CaseTimelineModel model) {
                timelines.add(model);
            }
        }
        new CaseTimelinePresenter(new Timeline(), officer.client, caseId).start();
        assertFalse(timelines.get(0).offline);
        assertFalse(timelines.get(0).rows.isEmpty(), "a case has at least its registration");
    }
}
