package io.jbindgen;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Runs the header runs of a request on a few worker threads (one per core, deep stacks) and hands their results back
 * in submission order, each as soon as it and all before it are done, so output is deterministic.
 * A single task runs on one plain deep-stack thread: no pool to start for the common one-header run.
 */
final class OrderedExecutor implements AutoCloseable {

    /** Worker stack size: as deep as a main thread's, so nesting limits behave the same everywhere. */
    private static final long STACK_BYTES = 16L << 20;

    /** The pool, or {@code null} when there is at most one task. */
    private final ExecutorService pool;

    OrderedExecutor(int taskCount) {
        if (taskCount <= 1) {
            pool = null;
            return;
        }
        int threads = Math.max(1, Math.min(taskCount, Runtime.getRuntime().availableProcessors()));
        ThreadFactory factory = task -> {
            Thread thread = new Thread(null, task, "jbindgen-worker", STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
        pool = Executors.newFixedThreadPool(threads, factory);
    }

    /** {@return the results of {@code tasks}, in order, each waited for when iterated to} */
    Iterable<HeaderResult> runInOrder(List<HeaderRun> tasks) {
        if (pool == null) {
            return tasks.isEmpty() ? List.of() : List.of(runAlone(tasks.getFirst()));
        }
        List<Future<HeaderResult>> futures = tasks.stream().map(pool::submit).toList();
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < futures.size();
            }

            @Override
            public HeaderResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return await(futures.get(next++));
            }
        };
    }

    private static HeaderResult runAlone(HeaderRun task) {
        SoleRun run = new SoleRun(task);
        Thread thread = new Thread(null, run, "jbindgen-worker", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a header", e);
        }
        return run.result;
    }

    /** The one task of a run, and its result once done. */
    private static final class SoleRun implements Runnable {
        private final HeaderRun task;
        private HeaderResult result;

        SoleRun(HeaderRun task) {
            this.task = task;
        }

        @Override
        public void run() {
            result = task.call();
        }
    }

    private static HeaderResult await(Future<HeaderResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a header", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("header task failed", e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
