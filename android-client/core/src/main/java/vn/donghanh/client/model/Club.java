package vn.donghanh.client.model;

import org.json.JSONObject;

/** A peer club as the server shows it to the caller (Club schema); {@code myAlias} when the person is a member. */
public final class Club {
    public final String id;
    public final String name;
    public final String description;
    public final String organisationName;
    public final Long nextMeetingAtMillis;
    public final int memberCount;
    public final boolean moderator;
    public final String myAlias;
    public final boolean myNameShown;

    public Club(
            String id,
            String name,
            String description,
            String organisationName,
            Long nextMeetingAtMillis,
            int memberCount,
            boolean moderator,
            String myAlias,
            boolean myNameShown) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.organisationName = organisationName;
        this.nextMeetingAtMillis = nextMeetingAtMillis;
        this.memberCount = memberCount;
        this.moderator = moderator;
        this.myAlias = myAlias;
        this.myNameShown = myNameShown;
    }

    public boolean member() {
        return myAlias != null;
    }

    public static Club from(JSONObject o) {
        JSONObject you = Json.object(o, "you");
        Integer members = Json.integer(o, "memberCount");
        return new Club(
                Json.string(o, "id"),
                Json.string(o, "name"),
                Json.string(o, "description"),
                Json.string(o, "organisationName"),
                Json.instant(o, "nextMeetingAt"),
                members == null ? 0 : members,
                Json.bool(o, "moderator"),
                you == null ? null : Json.string(you, "alias"),
                you != null && Json.bool(you, "showName"));
    }
}
