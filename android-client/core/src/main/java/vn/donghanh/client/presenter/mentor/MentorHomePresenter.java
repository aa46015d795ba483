package vn.donghanh.client.presenter.mentor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Alert;
import vn.donghanh.client.model.CaseSummary;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.model.Mentee;
import vn.donghanh.client.presenter.Presenter;

/** The mentor's mentees with their status and what is overdue. */
public final class MentorHomePresenter extends Presenter<MentorHomeView> {
    public MentorHomePresenter(MentorHomeView view, DongHanhClient client) {
        super(view, client);
    }

    public void start() {
        load(this::rows, (view, rows) -> view.showMentees(rows.rows, rows.offline));
    }

    public void select(String caseId) {
        if (view() != null) {
            view().openMentee(caseId);
        }
    }

    static final class Rows {
        final List<MenteeRow> rows;
        final boolean offline;

        Rows(List<MenteeRow> rows, boolean offline) {
            this.rows = rows;
            this.offline = offline;
        }
    }

    private Rows rows() throws Exception {
        List<Mentee> mentees = new ArrayList<>();
        Map<String, List<String>> overdue = new HashMap<>();
        boolean offline = false;
        try {
            client.syncNow(false);
            mentees.addAll(client.api().mentees());
            for (Alert a : client.api().alerts()) {
                if (!overdue.containsKey(a.caseId)) {
                    overdue.put(a.caseId, new ArrayList<String>());
                }
                overdue.get(a.caseId).add(a.kind);
            }
        } catch (IOException e) {
            offline = true;
            for (CaseSummary c : client.records().cases()) {
                mentees.add(new Mentee(c.id, c.fullName, c.status, null, c.plannedEndDate, null));
            }
        }
        List<MenteeRow> rows = new ArrayList<>();
        for (Mentee m : mentees) {
            List<Checkin> checkins = client.records().checkins(m.caseId);
            List<String> kinds = overdue.containsKey(m.caseId) ? overdue.get(m.caseId) : new ArrayList<String>();
            rows.add(new MenteeRow(
                    m.caseId,
                    m.fullName,
                    m.status,
                    m.phone,
                    m.personAccountId,
                    kinds,
                    checkins.isEmpty() ? null : checkins.get(0).occurredAtMillis,
                    client.outbox().unsent(m.caseId, null).size()));
        }
        Collections.sort(rows, new Comparator<MenteeRow>() {
            @Override
            public int compare(MenteeRow a, MenteeRow b) {
                int byOverdue = Integer.compare(b.overdue.size(), a.overdue.size());
                return byOverdue != 0 ? byOverdue : a.fullName.compareTo(b.fullName);
            }
        });
        return new Rows(rows, offline);
    }
}
