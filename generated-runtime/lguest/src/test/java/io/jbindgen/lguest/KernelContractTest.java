package io.jbindgen.lguest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.runtime.sys.ErrnoException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;

/**
 * The device contract on the kernel backend: runs where {@code /dev/lguest} exists (an i386 Linux of
 * 2.6.31 to 4.0 with CONFIG_LGUEST), and is skipped, saying so, everywhere else.
 */
class KernelContractTest extends DeviceContract {
    @BeforeEach
    @Override
    void setUp() throws ErrnoException {
        assumeTrue(Files.exists(Path.of(KernelDevice.DEFAULT_PATH)),
                "no /dev/lguest on this machine (lguest left Linux in 4.14): the kernel backend's contract run is skipped");
        super.setUp();
    }

    @Override
    LguestDevice open() throws ErrnoException {
        return KernelDevice.open(KernelDevice.DEFAULT_PATH);
    }
}
