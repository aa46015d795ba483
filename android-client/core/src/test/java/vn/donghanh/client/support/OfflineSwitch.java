package vn.donghanh.client.support;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.atomic.AtomicInteger;
import vn.donghanh.client.http.HttpRequest;
import vn.donghanh.client.http.HttpResponse;
import vn.donghanh.client.http.HttpTransport;

/** Wraps a real transport; while "offline" every request fails like a dead network would. */
public final class OfflineSwitch implements HttpTransport {
    private final HttpTransport delegate;
    private volatile boolean offline;
    public final AtomicInteger refused = new AtomicInteger();

    public OfflineSwitch(HttpTransport delegate) {
        this.delegate = delegate;
    }

    public void setOffline(boolean offline) {
        this.offline = offline;
    }

    @Override
    public HttpResponse execute(HttpRequest request) throws IOException {
        if (offline) {
            refused.incrementAndGet();
            throw new ConnectException("simulated: no network");
        }
        return delegate.execute(request);
    }
}
