package vn.donghanh.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the service keeps its own secrets, and whom it believes about client addresses: {@code
 * donghanh.data-dir}, {@code donghanh.admin-password}, {@code donghanh.crypto.*} and {@code
 * donghanh.http.*}. Every key is optional: without them development keys and the first admin's
 * password are generated into the data directory.
 */
@ConfigurationProperties("donghanh")
public class SecuritySettings {
    /** Development keys and the first admin's password are generated here at first start. */
    private String dataDir = "data";
    /** The first admin's password on a fresh installation; empty: generated into the data directory. */
    private String adminPassword = "";

    private Crypto crypto = new Crypto();
    private Http http = new Http();

    /** {@code donghanh.crypto.*}: the key for national IDs and phones at rest. */
    @ConfigurationProperties("crypto")
    public static class Crypto {
        /** 32 bytes, base64, for AES-GCM; empty: generated into {@code <data-dir>/keys/}. */
        private String dataKey = "";

        public String getDataKey() {
            return dataKey;
        }

        public void setDataKey(String dataKey) {
            this.dataKey = dataKey;
        }
    }

    /** {@code donghanh.http.*}: the reverse proxies whose X-Forwarded-For is believed. */
    @ConfigurationProperties("http")
    public static class Http {
        /** Addresses or CIDR blocks; empty: the direct peer is the client. */
        private List<String> trustedProxies = new ArrayList<>();

        public List<String> getTrustedProxies() {
            return trustedProxies;
        }

        public void setTrustedProxies(List<String> trustedProxies) {
            this.trustedProxies = trustedProxies == null ? new ArrayList<>() : trustedProxies;
        }
    }

    public String getDataDir() {
        return dataDir;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }

    public Crypto getCrypto() {
        return crypto;
    }

    public void setCrypto(Crypto crypto) {
        this.crypto = crypto;
    }

    public Http getHttp() {
        return http;
    }

    public void setHttp(Http http) {
        this.http = http;
    }
}
