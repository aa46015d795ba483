package vn.donghanh.app;

import android.os.Handler;
import android.os.Looper;
import java.util.concurrent.Executor;

/** Posts to the main (UI) thread: where core's presenters deliver results to the Views. */
final class MainThreadExecutor implements Executor {
    private final Handler handler = new Handler(Looper.getMainLooper());

    @Override
    public void execute(Runnable command) {
        handler.post(command);
    }
}
