package io.jbindgen.cli;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Runs header tasks on a few worker threads (one per core, deep stacks) and hands their results back
 * in submission order, each as soon as it and all before it are done, so output is deterministic.
 */
final class OrderedExecutor implements AutoCloseable {

    /** Worker stack size: as deep as a main thread's, so nesting limits behave the same everywhere. */
    private static final long STACK_BYTES = 16L << 20;

    private final ExecutorService pool;

    OrderedExecutor(int taskCount) {
        int threads = Math.max(1, Math.min(taskCount, Runtime.getRuntime().availableProcessors()));
        ThreadFactory factory = task -> {
            Thread thread = new Thread(null, task, "jbindgen-worker", STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
        pool = Executors.newFixedThreadPool(threads, factory);
    }

    /** {@return the results of {@code tasks}, in order, each waited for when iterated to} */
    Iterable<HeaderResult> runInOrder(List<HeaderTask> tasks) {
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
        pool.shutdownNow();
    }
}
