package vn.donghanh.client.presenter.mentor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Alert;
import vn.donghanh.client.model.CaseSummary;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.model.Mentee;
import vn.donghanh.client.presenter.Presenter;

/**
 * The mentor's mentees with their status and what is overdue. Online it reads the list and the
 * alerts and keeps both as snapshots; offline it shows that copy with its time, or (never read on
 * this phone) the synced cases with the overdue state marked unknown, never "all on time".
 */
public final class MentorHomePresenter extends Presenter<MentorHomeView> {
    private volatile List<MenteeRow> shown = new ArrayList<>();

    public MentorHomePresenter(MentorHomeView view, DongHanhClient client) {
        super(view, client);
    }

    public void start() {
        load(this::model, (view, model) -> {
            shown = model.mentees;
            view.render(model);
        });
    }

    public void select(String caseId) {
        for (MenteeRow m : shown) {
            if (m.caseId.equals(caseId) && view() != null) {
                view().openMentee(m);
            }
        }
    }

    MentorHomeModel model() throws Exception {
        List<Mentee> mentees;
        List<Alert> alerts;
        boolean offline = false;
        boolean overdueKnown = true;
        Long asOf;
        try {
            client.syncNow(false);
            mentees = MentorData.fetchMentees(client);
            alerts = MentorData.fetchAlerts(client);
            asOf = client.clock().nowMillis();
        } catch (IOException e) {
            offline = true;
            MentorData.Known<List<Mentee>> lastMentees = MentorData.lastMentees(client);
            MentorData.Known<List<Alert>> lastAlerts = MentorData.lastAlerts(client);
            if (lastMentees != null) {
                mentees = lastMentees.value;
                asOf = lastMentees.asOfMillis;
            } else {
                mentees = new ArrayList<>();
                for (CaseSummary c : client.records().cases()) {
                    mentees.add(new Mentee(c.id, c.fullName, c.status, null, c.plannedEndDate, null));
                }
                asOf = client.records().lastSyncedAtMillis();
            }
            overdueKnown = lastAlerts != null;
            alerts = lastAlerts == null ? new ArrayList<Alert>() : lastAlerts.value;
            if (lastAlerts != null && (asOf == null || lastAlerts.asOfMillis < asOf)) {
                asOf = lastAlerts.asOfMillis; // the older of the two copies: the state is as of then
            }
        }
        Map<String, List<String>> overdue = new HashMap<>();
        for (Alert a : alerts) {
            if (!overdue.containsKey(a.caseId)) {
                overdue.put(a.caseId, new ArrayList<String>());
            }
            overdue.get(a.caseId).add(a.kind);
        }
        List<MentorData.OpenHelp> help = MentorData.openHelp(client, null);
        Set<String> helpCases = new HashSet<>();
        for (MentorData.OpenHelp h : help) {
            helpCases.add(h.request.caseId);
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
                    overdueKnown,
                    helpCases.contains(m.caseId),
                    checkins.isEmpty() ? null : checkins.get(0).occurredAtMillis,
                    client.outbox().unsent(m.caseId, null).size()));
        }
        Collections.sort(rows, new Comparator<MenteeRow>() {
            @Override
            public int compare(MenteeRow a, MenteeRow b) {
                if (a.helpWaiting != b.helpWaiting) {
                    return a.helpWaiting ? -1 : 1;
                }
                int byOverdue = Integer.compare(b.overdue.size(), a.overdue.size());
                return byOverdue != 0 ? byOverdue : a.fullName.compareTo(b.fullName);
            }
        });
        return new MentorHomeModel(
                rows,
                offline,
                asOf,
                overdueKnown,
                help.size(),
                alerts.size(),
                client.outbox().outOfScopeCount());
    }
}
