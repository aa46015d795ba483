package vn.donghanh.client.training;

import org.json.JSONObject;
import vn.donghanh.client.model.Json;

/** A line of the course list: the current version, and the newest version this account completed (0: none). */
public final class TrainingCourseLine {
    public final String id;
    public final int version;
    public final String title;
    public final String summary;
    public final int lessons;
    public final int questions;
    public final int completedVersion;
    /** True when this course is stored on the phone for offline use. */
    public final boolean downloaded;

    TrainingCourseLine(JSONObject o, boolean downloaded) {
        this.id = Json.string(o, "id");
        this.version = o.optInt("version");
        this.title = Json.string(o, "title");
        this.summary = Json.string(o, "summary");
        this.lessons = o.optInt("lessons");
        this.questions = o.optInt("questions");
        this.completedVersion = o.optInt("completedVersion", 0);
        this.downloaded = downloaded;
    }
}
