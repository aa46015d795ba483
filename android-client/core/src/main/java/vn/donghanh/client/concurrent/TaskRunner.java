package vn.donghanh.client.concurrent;

import java.util.concurrent.Executor;

/**
 * Runs blocking work off the main thread and hands the result back on it. The app passes a
 * thread pool and a main-thread poster ({@code new Handler(Looper.getMainLooper())::post});
 * tests pass {@link #direct()} so everything happens in order on the test thread.
 */
public final class TaskRunner {
    private final Executor background;
    private final Executor main;

    public TaskRunner(Executor background, Executor main) {
        this.background = background;
        this.main = main;
    }

    /** Runs everything on the calling thread (tests, command-line tools). */
    public static TaskRunner direct() {
        Executor sameThread = Runnable::run;
        return new TaskRunner(sameThread, sameThread);
    }

    public <T> void execute(BackgroundTask<T> task, Callback<T> callback) {
        background.execute(() -> {
            try {
                T result = task.run();
                main.execute(() -> callback.onSuccess(result));
            } catch (Exception e) {
                main.execute(() -> callback.onError(e));
            }
        });
    }

    /** Posts UI work to the main thread. */
    public void onMain(Runnable runnable) {
        main.execute(runnable);
    }
}
