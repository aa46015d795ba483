package vn.donghanh.security;

import com.google.common.net.InetAddresses;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's address as the audit log and the rate limits see it. {@code X-Forwarded-For} is
 * believed only when the direct peer is one of the configured trusted proxies
 * ({@code donghanh.http.trusted-proxies}); then the right-most address that is not itself a
 * trusted proxy is the client (left-most entries are whatever the client chose to send). Anything
 * that is not an IP literal is ignored, so a forged or oversized header never reaches storage.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class ClientAddressResolver implements HttpClientAddressResolver {
    /** Stored in audit_event.client_ip (VARCHAR(64)); the longest IPv6 text form is 45 characters. */
    public static final int MAX_LENGTH = 45;

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<Cidr> trustedProxies;

    public ClientAddressResolver(SecuritySettings settings) {
        List<Cidr> parsed = new ArrayList<>();
        for (String entry : settings.getHttp().getTrustedProxies()) {
            if (!entry.isBlank()) {
                parsed.add(Cidr.parse(entry.trim()));
            }
        }
        this.trustedProxies = List.copyOf(parsed);
    }

    @Override
    public String resolve(HttpRequest request) {
        InetAddress peer = peerOf(request);
        if (peer == null) {
            return null;
        }
        if (!isTrusted(peer)) {
            return InetAddresses.toAddrString(peer);
        }
        List<String> hops = forwardedHops(request);
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                // A hop we cannot read: everything to its left is unverifiable, stop at the last proxy.
                break;
            }
            if (!isTrusted(hop)) {
                return InetAddresses.toAddrString(hop);
            }
        }
        return InetAddresses.toAddrString(peer);
    }

    private static InetAddress peerOf(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null ? null : remote.getAddress();
    }

    private static List<String> forwardedHops(HttpRequest<?> request) {
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getAll(FORWARDED_FOR)) {
            for (String part : header.split(",")) {
                hops.add(part.trim());
            }
        }
        return hops;
    }

    private boolean isTrusted(InetAddress address) {
        for (Cidr cidr : trustedProxies) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** An IP literal (no DNS lookup ever), or null for anything else. */
    static InetAddress literal(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH || !InetAddresses.isInetAddress(text)) {
            return null;
        }
        return InetAddresses.forString(text);
    }

    /** An address block such as {@code 10.0.0.0/8}, {@code 127.0.0.1} or {@code fd00::/8}. */
    record Cidr(byte[] network, int prefixBits) {
        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException(
                        "donghanh.http.trusted-proxies: '" + text + "' is not an address or CIDR block");
            }
            int max = address.getAddress().length * 8;
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : max;
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException(
                        "donghanh.http.trusted-proxies: bad prefix length in '" + text + "'");
            }
            return new Cidr(address.getAddress(), bits);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
