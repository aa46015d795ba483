package vn.donghanh.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** The console's session settings ({@code donghanh.console.*} in application.yml). */
@ConfigurationProperties("donghanh.console")
public class ConsoleConfig {
    /** A session unused this long ends. */
    private Duration idleTimeout = Duration.ofMinutes(30);
    /** A session ends this long after sign-in, however busy. */
    private Duration absoluteTimeout = Duration.ofHours(12);
    /** Name of the session cookie. */
    private String cookieName = "dh_console";
    /**
     * Mark the cookie {@code Secure} on every response, not only on requests that came over TLS
     * (set it behind a TLS-terminating proxy, where the service itself sees plain HTTP).
     */
    private boolean alwaysSecureCookie = false;

    public Duration getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    public Duration getAbsoluteTimeout() {
        return absoluteTimeout;
    }

    public void setAbsoluteTimeout(Duration absoluteTimeout) {
        this.absoluteTimeout = absoluteTimeout;
    }

    public String getCookieName() {
        return cookieName;
    }

    public void setCookieName(String cookieName) {
        this.cookieName = cookieName;
    }

    public boolean isAlwaysSecureCookie() {
        return alwaysSecureCookie;
    }

    public void setAlwaysSecureCookie(boolean alwaysSecureCookie) {
        this.alwaysSecureCookie = alwaysSecureCookie;
    }

    /** The cookie that carries the sign-in form's token before there is a session. */
    public String preSessionCookieName() {
        return cookieName + "_pre";
    }
}
