package vn.donghanh.delivery.sms;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * The SMSC account ({@code donghanh.sms.*}, or {@code DONGHANH_SMS_*} in the environment). SMS is on
 * only when {@code host} is set; every other key has a default that suits a typical carrier SMPP
 * 3.4 account, so an operator sets host, port, system id, password and the sender name or number
 * they were given.
 */
@ConfigurationProperties("donghanh.sms")
public class SmsProperties {
    private String host;
    private int port = 2775;
    private String systemId = "";
    private String password = "";
    private String systemType = "";
    /** Empty lets the SMSC put the account's default sender. */
    private String sourceAddress = "";
    /** SMPP type of number of the sender: 5 for an alphanumeric brand name, 1 for an international number. */
    private int sourceTon = 0;
    /** SMPP numbering plan of the sender: 0 for a brand name, 1 (ISDN) for a number. */
    private int sourceNpi = 0;

    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration bindTimeout = Duration.ofSeconds(10);
    /** How long to wait for each submit_sm_resp; no answer means RETRY (the SMSC may have it: at-least-once). */
    private Duration responseTimeout = Duration.ofSeconds(10);
    /** enquire_link after this much silence keeps NAT and SMSC idle timers from dropping the bind. */
    private Duration enquireLinkInterval = Duration.ofSeconds(30);
    /** After a failed bind, sends answer RETRY without touching the network for this long, so an outage or a
     *  wrong password does not turn into a bind storm (some SMSCs lock an account after repeated failures). */
    private Duration rebindInterval = Duration.ofSeconds(5);
    /** The pause asked for after ESME_RTHROTTLED or ESME_RMSGQFUL. */
    private Duration throttledRetryAfter = Duration.ofSeconds(10);

    public boolean isConfigured() {
        return host != null && !host.isBlank();
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getSystemId() {
        return systemId;
    }

    public void setSystemId(String systemId) {
        this.systemId = systemId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSystemType() {
        return systemType;
    }

    public void setSystemType(String systemType) {
        this.systemType = systemType;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public void setSourceAddress(String sourceAddress) {
        this.sourceAddress = sourceAddress;
    }

    public int getSourceTon() {
        return sourceTon;
    }

    public void setSourceTon(int sourceTon) {
        this.sourceTon = sourceTon;
    }

    public int getSourceNpi() {
        return sourceNpi;
    }

    public void setSourceNpi(int sourceNpi) {
        this.sourceNpi = sourceNpi;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getBindTimeout() {
        return bindTimeout;
    }

    public void setBindTimeout(Duration bindTimeout) {
        this.bindTimeout = bindTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Duration getEnquireLinkInterval() {
        return enquireLinkInterval;
    }

    public void setEnquireLinkInterval(Duration enquireLinkInterval) {
        this.enquireLinkInterval = enquireLinkInterval;
    }

    public Duration getRebindInterval() {
        return rebindInterval;
    }

    public void setRebindInterval(Duration rebindInterval) {
        this.rebindInterval = rebindInterval;
    }

    public Duration getThrottledRetryAfter() {
        return throttledRetryAfter;
    }

    public void setThrottledRetryAfter(Duration throttledRetryAfter) {
        this.throttledRetryAfter = throttledRetryAfter;
    }
}
