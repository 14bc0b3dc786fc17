package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.target.Target;
import io.jbindgen.commands.CommandOptions;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.runtime.RequestChannel;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command classes generated from every revision of lguest's request enum (the history fixtures of
 * {@code src/test/resources/lguest}, one per table of the header history): each compiles with every
 * lint as an error, has exactly the methods its revision's enumerators document, and sends exactly the
 * words its method was given.
 */
class CommandClassTest {
    private static final CommandOptions LGUEST = new CommandOptions(List.of("lguest_req"), Map.of());

    @TempDir
    Path tmp;

    /**
     * The expected signatures come from the revision tables of the header history (the comment after each
     * enumerator), written out by hand: {@code !} marks a method generated {@code @Deprecated}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "H0 | initialize(pfnlimit,pgdir,start,pageoffset) getdma(addr) irq(irq) break_(onOff)",
        "H1 | initialize(pfnlimit,pgdir,start,pageoffset) getdma(addr) irq(irq) break_(onOff)",
        "H2 | initialize(pfnlimit,pgdir,start,pageoffset) !getdma() irq(irq) break_(onOff)",
        "H3 | initialize(pfnlimit,pgdir,start,pageoffset) !getdma() irq(irq) break_(onOff)",
        "H4 | initialize(base,pfnlimit,pgdir,start) !getdma() irq(irq) break_(onOff)",
        "H5 | initialize(base,pfnlimit,pgdir,start) !getdma() irq(irq) break_(onOff)",
        "H6 | initialize(base,pfnlimit,start) !getdma() irq(irq) break_(onOff)",
        "H7 | initialize(base,pfnlimit,start) !getdma() irq(irq) !break_() eventfd(address,fd)",
        "H8 | initialize(base,pfnlimit,start) !getdma() irq(irq) !break_() eventfd(address,fd)",
        "H9 | initialize(base,pfnlimit,start) !getdma() irq(irq) !break_() !eventfd() getreg(offset)"
                + " setreg(offset,value) trap(trap)"})
    void everyRevisionGivesTheMethodsItsEnumeratorsDocument(String revision, String expected) throws Exception {
        Class<?> commands = compile(revision, LGUEST).loadClass("t.cmd.LguestReqCommands");
        List<String> methods = new ArrayList<>();
        for (Method m : commands.getDeclaredMethods()) {
            if (!m.getName().equals("channel")) {
                methods.add((m.isAnnotationPresent(Deprecated.class) ? "!" : "") + m.getName() + "/"
                        + m.getParameterCount());
            }
        }
        List<String> wanted = Arrays.stream(expected.strip().split(" ")).map(s -> s.substring(0, s.indexOf('('))
                + "/" + (s.endsWith("()") ? 0 : s.split(",").length)).toList();
        assertThat(methods).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @Test
    void parameterNamesComeFromTheComments() throws Exception {
        String source = source("H9", LGUEST);
        assertThat(source).contains("public long initialize(long base, long pfnlimit, long start) throws ErrnoException",
                "public long setreg(long offset, long value) throws ErrnoException",
                "public long trap(long trap) throws ErrnoException",
                "@param offset offset within struct pt_regs");
        assertThat(source("H0", LGUEST)).contains("public long break_(long onOff) throws ErrnoException",
                "@param onOff on/off flag");
    }

    /** 4.x's INITIALIZE reads a fourth word its comment does not list: the override adds it, no Java edited. */
    @Test
    void methodsSendTheRequestCodeAndExactlyTheirWords() throws Throwable {
        CommandOptions withDeviceLimit = new CommandOptions(List.of("lguest_req"),
                Map.of("LHREQ_INITIALIZE", List.of("base", "pfnlimit", "start", "deviceLimit")));
        Class<?> commands = compile("H9", withDeviceLimit).loadClass("t.cmd.LguestReqCommands");
        Recorder channel = new Recorder(4);
        Object c = commands.getConstructor(RequestChannel.class).newInstance(channel);

        assertThat(call(c, "initialize", 0x1000_0000L, 0x4000L, 0xC010_0000L, 0x2000L)).isEqualTo(17L);
        assertThat(call(c, "setreg", 24L, 0xFFFF_FFFFL)).isEqualTo(17L);
        assertThat(call(c, "getreg", 8L)).isEqualTo(17L);
        assertThat(call(c, "eventfd")).isEqualTo(17L);
        assertThat(channel.sent).containsExactly(List.of(0L, 0x1000_0000L, 0x4000L, 0xC010_0000L, 0x2000L),
                List.of(6L, 24L, 0xFFFF_FFFFL), List.of(5L, 8L), List.of(4L));
    }

    @Test
    void anArgumentThatDoesNotFitTheWordIsRefusedBeforeAnythingIsSent() throws Exception {
        Class<?> commands = compile("H7", LGUEST).loadClass("t.cmd.LguestReqCommands");
        Recorder channel = new Recorder(4);
        Object c = commands.getConstructor(RequestChannel.class).newInstance(channel);
        assertThatThrownBy(() -> call(c, "irq", 1L << 32)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LHREQ_IRQ: irq = 4294967296 does not fit the 4-byte unsigned long [0, 4294967295]");
        assertThatThrownBy(() -> call(c, "eventfd", 0x1000L, -1L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LHREQ_EVENTFD: fd = -1");
        assertThat(channel.sent).isEmpty();
        assertThatThrownBy(() -> commands.getConstructor(RequestChannel.class).newInstance(new Recorder(8)))
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the channel's words are 8-byte; these commands are for the 4-byte unsigned long of i386");
    }

    @Test
    void onA64BitTargetEveryLongIsAWord() throws Throwable {
        List<GeneratedFile> files = generate("H7", Target.X86_64, LGUEST);
        Class<?> commands = JavaCompilation.compile(tmp.resolve("x86_64"), files).loader()
                .loadClass("t.cmd.LguestReqCommands");
        Recorder channel = new Recorder(8);
        Object c = commands.getConstructor(RequestChannel.class).newInstance(channel);
        call(c, "eventfd", 0xFFFF_FFFF_0000_1000L, -1L);
        assertThat(channel.sent).containsExactly(List.of(4L, 0xFFFF_FFFF_0000_1000L, -1L));
    }

    private Object call(Object target, String name, long... args) throws Throwable {
        Class<?>[] types = new Class<?>[args.length];
        Arrays.fill(types, long.class);
        try {
            return target.getClass().getMethod(name, types).invoke(target, LongStream.of(args).boxed().toArray());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private ClassLoader compile(String revision, CommandOptions options) throws IOException, URISyntaxException {
        JavaCompilation.Result result = JavaCompilation.compile(tmp.resolve(revision),
                generate(revision, Target.I386, options));
        assertThat(result.errors()).isEmpty();
        return result.loader();
    }

    private static String source(String revision, CommandOptions options) throws URISyntaxException {
        return generate(revision, Target.I386, options).stream().filter(f -> f.path().endsWith("LguestReqCommands.java"))
                .findFirst().orElseThrow().content();
    }

    private static List<GeneratedFile> generate(String revision, Target target, CommandOptions options)
            throws URISyntaxException {
        Path header = Path.of(CommandClassTest.class.getResource("/lguest/" + revision + ".h").toURI());
        HeaderBindings.Result result = HeaderBindings.generate(header, target, "t.cmd", List.of(), options);
        assertThat(result.errors()).isEmpty();
        return result.files();
    }

    /** A channel that records every request and answers 17. */
    private static final class Recorder implements RequestChannel {
        final List<List<Long>> sent = new ArrayList<>();
        private final int wordBytes;

        Recorder(int wordBytes) {
            this.wordBytes = wordBytes;
        }

        @Override
        public int wordBytes() {
            return wordBytes;
        }

        @Override
        public long send(long request) {
            return send(request, new long[0]);
        }

        @Override
        public long send(long request, long w1) {
            return send(request, new long[] {w1});
        }

        @Override
        public long send(long request, long w1, long w2) {
            return send(request, new long[] {w1, w2});
        }

        @Override
        public long send(long request, long w1, long w2, long w3) {
            return send(request, new long[] {w1, w2, w3});
        }

        @Override
        public long send(long request, long[] words) {
            List<Long> all = new ArrayList<>();
            all.add(request);
            LongStream.of(words).forEach(all::add);
            sent.add(all);
            return 17;
        }
    }
}
