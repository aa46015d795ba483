package vn.donghanh.client.model;

import org.json.JSONObject;

/** A message about a case between two accounts. */
public final class Message {
    public final String id;
    public final String caseId;
    public final String senderId;
    public final String recipientId;
    public final String body;
    public final long sentAtMillis;
    public final Long readAtMillis;

    public Message(
            String id,
            String caseId,
            String senderId,
            String recipientId,
            String body,
            long sentAtMillis,
            Long readAtMillis) {
        this.id = id;
        this.caseId = caseId;
        this.senderId = senderId;
        this.recipientId = recipientId;
        this.body = body;
        this.sentAtMillis = sentAtMillis;
        this.readAtMillis = readAtMillis;
    }

    public static Message from(JSONObject o) {
        return new Message(
                Json.string(o, "id"),
                Json.string(o, "caseId"),
                Json.string(o, "senderId"),
                Json.string(o, "recipientId"),
                Json.string(o, "body"),
                Json.instant(o, "sentAt"),
                Json.instant(o, "readAt"));
    }
}
