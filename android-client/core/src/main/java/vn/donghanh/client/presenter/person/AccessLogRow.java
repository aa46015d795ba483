package vn.donghanh.client.presenter.person;

/** One line of "who viewed my record": who (name, Role), what (AuditAction), when. */
public final class AccessLogRow {
    public final long occurredAtMillis;
    public final String actorName;
    public final String actorRole;
    public final String action;

    public AccessLogRow(long occurredAtMillis, String actorName, String actorRole, String action) {
        this.occurredAtMillis = occurredAtMillis;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.action = action;
    }
}
