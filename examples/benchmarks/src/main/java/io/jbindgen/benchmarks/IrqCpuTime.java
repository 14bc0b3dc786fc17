package io.jbindgen.benchmarks;

import io.jbindgen.lguest.CommandChannel;
import io.jbindgen.lguest.KernelDevice;
import io.jbindgen.lguest.TargetWord;
import io.jbindgen.lguest.abi.LguestReqCommands;
import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.SysFlags;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A whole-process cross-check of {@code CommandBenchmark} for a machine shared with other jobs: batches of
 * the C loop and of the generated {@code irq(5)} alternate in one thread, each timed in the thread's own
 * CPU time (time on another job's behalf is not counted), and the fastest batch of each is kept. Prints both
 * and the ratio. Run: {@code java -cp target/benchmarks.jar io.jbindgen.benchmarks.IrqCpuTime [rounds]}.
 */
public final class IrqCpuTime {
    private static final int BATCH = 20_000;

    private IrqCpuTime() {
    }

    /**
     * Runs the comparison.
     *
     * @param args the number of rounds (default 600; the first fifth warms up)
     * @throws Throwable when a call fails
     */
    public static void main(String[] args) throws Throwable {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double bestC = Double.MAX_VALUE;
        double bestJava = Double.MAX_VALUE;
        try (NativeLoop loop = NativeLoop.compile("pwrite_irq_loop", "jbindgen_pwrite_irq_loop");
                Descriptor devNull = Descriptor.open("/dev/null", SysFlags.O_RDWR);
                CommandChannel channel = new CommandChannel(KernelDevice.open("/dev/null"), TargetWord.I386)) {
            LguestReqCommands commands = new LguestReqCommands(channel);
            for (int r = 0; r < rounds; r++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                loop.run(devNull.fd(), BATCH);
                long t1 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < BATCH; i++) {
                    commands.irq(5);
                }
                long t2 = cpu.getCurrentThreadCpuTime();
                if (r >= rounds / 5) {
                    bestC = Math.min(bestC, (t1 - t0) / (double) BATCH);
                    bestJava = Math.min(bestJava, (t2 - t1) / (double) BATCH);
                }
            }
        }
        System.out.printf("C pwrite %.1f ns, runtime irq(5) %.1f ns (thread CPU time, best batch of %d): ratio %.3f%n",
                bestC, bestJava, BATCH, bestJava / bestC);
    }
}
