package vn.donghanh.club;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
import vn.donghanh.common.Times;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.security.Caller;

/**
 * The club's message board: members post by alias; any member reports a post with a reason; a moderator hides a
 * post with a reason. A hidden post disappears for members and stays, with its reason and reports, for the
 * moderators. The other members are told discreetly ("Câu lạc bộ có tin mới": neither the club nor an alias on a
 * lock screen). Every write and every read of the board is audited.
 */
@Singleton
public class BoardService {
    private final ClubStore store;
    private final ClubAccess access;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    public BoardService(ClubStore store, ClubAccess access, Notifier notifier, AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of posts, newest first; {@code reported}: the moderators' queue of reported posts. */
    @Transactional
    public Page<ClubModels.Post> posts(Caller caller, String clubId, boolean reported, String cursor, int limit) {
        ClubAccess.Seen seen = access.inside(caller, clubId);
        if (reported && !seen.moderator()) {
            throw ApiException.forbidden("only the club's moderators do this");
        }
        List<ClubStore.PostRow> rows = store.posts(clubId, seen.moderator(), reported, cursor, limit);
        Page<ClubStore.PostRow> page = Page.ofOverfetched(
                rows, limit, last -> Cursor.encode(last.createdAt().toString(), last.id()));
        Set<String> ids = page.items().stream().map(ClubStore.PostRow::id).collect(Collectors.toSet());
        Map<String, List<ClubStore.ReportRow>> reports = store.reports(ids);
        Map<String, ClubStore.MemberRow> authors = store.membersByIds(
                page.items().stream().map(ClubStore.PostRow::memberId).collect(Collectors.toSet()));
        audit.append(AuditEntry.of(caller, AuditAction.CLUB_READ, null, "club:" + clubId, "posts"));
        return page.map(p -> view(seen, p, authors.get(p.memberId()), reports.getOrDefault(p.id(), List.of())));
    }

    @Transactional
    public ClubModels.Post post(Caller caller, String clubId, ClubModels.CreatePost r) {
        ClubAccess.Seen seen = access.inside(caller, clubId);
        ClubStore.MemberRow me = requireMember(seen, false);
        String id = r.id().toString();
        var replay = store.post(id);
        if (replay.isPresent()) {
            if (!replay.get().clubId().equals(clubId)
                    || !replay.get().memberId().equals(me.id())) {
                throw ApiException.conflict("id-in-use", "id is already used by another record");
            }
            return view(seen, replay.get(), me, store.reports(Set.of(id)).getOrDefault(id, List.of()));
        }
        ClubStore.PostRow row = new ClubStore.PostRow(
                id, clubId, me.id(), me.caseId(), r.text().strip(), clock.instant(), null, null, null);
        store.insertPost(row);
        audit.append(AuditEntry.of(caller, AuditAction.CLUB_POST, me.caseId(), "club-post:" + id, "post"));
        for (ClubStore.MemberRow other : store.currentMembers(clubId)) {
            if (!other.id().equals(me.id())) {
                notifier.notifyPerson(
                        other.caseId(), NotificationText.CLUB_POST, clubId, "club-post:" + id + ":" + other.caseId());
            }
        }
        return view(seen, row, me, List.of());
    }

    @Transactional
    public ClubModels.Post report(Caller caller, String clubId, String postId, ClubModels.ReportPost r) {
        ClubAccess.Seen seen = access.inside(caller, clubId);
        ClubStore.MemberRow me = requireMember(seen, true);
        ClubStore.PostRow post = visiblePost(seen, clubId, postId);
        if (store.insertReport(
                UUID.randomUUID().toString(), postId, me.caseId(), r.reason().strip(), clock.instant())) {
            audit.append(AuditEntry.of(caller, AuditAction.CLUB_POST, me.caseId(), "club-post:" + postId, "report"));
        }
        return view(seen, post, store.membersByIds(Set.of(post.memberId())).get(post.memberId()), reportsOf(postId));
    }

    @Transactional
    public ClubModels.Post hide(Caller caller, String clubId, String postId, ClubModels.HidePost r) {
        ClubAccess.Seen seen = access.moderated(caller, clubId);
        ClubStore.PostRow post = store.postForUpdate(postId)
                .filter(p -> p.clubId().equals(clubId))
                .orElseThrow(ApiException::notFound);
        if (post.hiddenAt() != null) {
            throw ApiException.conflict("post-hidden", "the post is hidden already");
        }
        Instant now = clock.instant();
        store.hide(postId, caller.accountId(), r.reason().strip(), now);
        audit.append(AuditEntry.of(caller, AuditAction.CLUB_MODERATE, post.caseId(), "club-post:" + postId, "hide"));
        ClubStore.PostRow hidden = store.post(postId).orElseThrow();
        return view(seen, hidden, store.membersByIds(Set.of(post.memberId())).get(post.memberId()), reportsOf(postId));
    }

    private List<ClubStore.ReportRow> reportsOf(String postId) {
        return store.reports(Set.of(postId)).getOrDefault(postId, List.of());
    }

    /** A post of this club the caller can see: for a member, only while it is not hidden. */
    private ClubStore.PostRow visiblePost(ClubAccess.Seen seen, String clubId, String postId) {
        return store.post(postId)
                .filter(p -> p.clubId().equals(clubId))
                .filter(p -> seen.moderator() || p.hiddenAt() == null)
                .orElseThrow(ApiException::notFound);
    }

    private static ClubStore.MemberRow requireMember(ClubAccess.Seen seen, boolean reporting) {
        if (seen.member() == null && reporting) {
            throw ApiException.forbidden("posts are reported by the club's members");
        }
        if (seen.member() == null) {
            throw ApiException.forbidden("posts are written by the club's members");
        }
        return seen.member();
    }

    private static ClubModels.Post view(
            ClubAccess.Seen seen, ClubStore.PostRow p, ClubStore.MemberRow author, List<ClubStore.ReportRow> reports) {
        boolean mod = seen.moderator();
        String me = seen.member() == null ? null : seen.member().caseId();
        return new ClubModels.Post(
                p.id(),
                p.memberId(),
                author == null ? "-" : author.alias(),
                p.body(),
                Times.utc(p.createdAt()),
                me != null && me.equals(p.caseId()),
                p.hiddenAt() != null,
                mod ? p.hiddenReason() : null,
                mod ? Times.utc(p.hiddenAt()) : null,
                reports.size(),
                mod
                        ? reports.stream()
                                .map(x -> new ClubModels.Report(x.reason(), Times.utc(x.createdAt())))
                                .toList()
                        : null,
                me == null ? null : reports.stream().anyMatch(x -> x.caseId().equals(me)));
    }
}
