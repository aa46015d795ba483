package vn.donghanh.client.presenter;

import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.concurrent.BackgroundTask;
import vn.donghanh.client.concurrent.Callback;

/**
 * MVP base: the Activity implements the View, creates the presenter in onCreate and calls
 * {@link #detach()} in onDestroy; results arriving after that are dropped. Blocking work runs on
 * the client's background executor and results come back on the main thread.
 */
public abstract class Presenter<V extends BaseView> {
    protected final DongHanhClient client;
    private V view;

    protected Presenter(V view, DongHanhClient client) {
        this.view = view;
        this.client = client;
    }

    public void detach() {
        view = null;
    }

    /** The view, or null once detached. */
    protected V view() {
        return view;
    }

    /** Result handler for {@link #load}: runs on the main thread, only while attached. */
    protected interface OnResult<V, T> {
        void show(V view, T result);
    }

    /** Runs {@code task} in the background, shows loading meanwhile, routes errors to showError. */
    protected <T> void load(BackgroundTask<T> task, final OnResult<V, T> onResult) {
        if (view != null) {
            view.showLoading(true);
        }
        client.tasks().execute(task, new Callback<T>() {
            @Override
            public void onSuccess(T result) {
                V v = view;
                if (v != null) {
                    v.showLoading(false);
                    onResult.show(v, result);
                }
            }

            @Override
            public void onError(Exception error) {
                V v = view;
                if (v != null) {
                    v.showLoading(false);
                    v.showError(ErrorKind.of(error));
                }
            }
        });
    }
}
