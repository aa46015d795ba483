package vn.donghanh.club;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import vn.donghanh.common.Bundles;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/**
 * The clubs' part of a person's own data copy: memberships with aliases, meetings attended, posts (hidden ones
 * too, with why) and reports made, from the club store's own queries. Words in {@code i18n/clubs_*.properties}.
 */
@Singleton
class ClubDataExport implements PersonalDataExport {
    private static final Properties VI = Bundles.load("i18n/clubs_vi.properties");
    private static final Properties EN = Bundles.load("i18n/clubs_en.properties");

    private final ClubStore store;

    ClubDataExport(ClubStore store) {
        this.store = store;
    }

    @Override
    public Set<String> tables() {
        return Set.of("club_member", "club_attendance", "club_post", "club_post_report");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        Properties w = "en".equals(locale.getLanguage()) ? EN : VI;
        Map<String, String> clubNames = new HashMap<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (ClubStore.MemberRow m : store.membershipsOfCase(caseId)) {
            Map<String, String> row = row(w, "MEMBERSHIP", clubName(m.clubId(), clubNames));
            row.put(w.getProperty("export.alias"), m.alias());
            row.put(w.getProperty("export.showName"), w.getProperty(m.showName() ? "export.yes" : "export.no"));
            row.put(w.getProperty("export.joinedAt"), text(m.joinedAt()));
            row.put(w.getProperty("export.leftAt"), text(m.leftAt()));
            rows.add(row);
        }
        for (ClubStore.AttendanceRow a : store.attendanceOfCase(caseId)) {
            Map<String, String> row = row(w, "ATTENDANCE", clubName(a.clubId(), clubNames));
            row.put(w.getProperty("export.meetingAt"), text(a.occurrenceStart()));
            rows.add(row);
        }
        for (ClubStore.PostRow p : store.postsOfCase(caseId)) {
            Map<String, String> row = row(w, "POST", clubName(p.clubId(), clubNames));
            row.put(w.getProperty("export.text"), p.body());
            row.put(w.getProperty("export.postedAt"), text(p.createdAt()));
            row.put(w.getProperty("export.hiddenReason"), p.hiddenReason() == null ? "" : p.hiddenReason());
            rows.add(row);
        }
        for (ClubStore.ReportRow r : store.reportsOfCase(caseId)) {
            String clubId =
                    store.post(r.postId()).map(ClubStore.PostRow::clubId).orElse("");
            Map<String, String> row = row(w, "REPORT", clubName(clubId, clubNames));
            row.put(w.getProperty("export.reason"), r.reason());
            row.put(w.getProperty("export.reportedAt"), text(r.createdAt()));
            rows.add(row);
        }
        return new ExportSection("clubs", w.getProperty("export.title"), rows);
    }

    private static Map<String, String> row(Properties w, String kind, String club) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(w.getProperty("export.kind"), w.getProperty("export.kind." + kind));
        row.put(w.getProperty("export.club"), club);
        return row;
    }

    private String clubName(String clubId, Map<String, String> cache) {
        return cache.computeIfAbsent(
                clubId, id -> store.club(id).map(ClubStore.ClubRow::name).orElse(""));
    }

    private static String text(Instant at) {
        return at == null ? "" : at.toString();
    }
}
