package vn.donghanh.mentoring;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Mentoring rules ({@code donghanh.mentoring.*}). */
@ConfigurationProperties("donghanh.mentoring")
public class MentoringSettings {
    /** Persons one mentor may accompany at a time. */
    private int maxActiveMentees = 2;

    public int getMaxActiveMentees() {
        return maxActiveMentees;
    }

    public void setMaxActiveMentees(int maxActiveMentees) {
        this.maxActiveMentees = maxActiveMentees;
    }
}
