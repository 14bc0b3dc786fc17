package io.jbindgen.lguest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.lguest.kvm.KvmDevice;
import io.jbindgen.runtime.sys.ErrnoException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * The device contract on the KVM backend: runs where {@code /dev/kvm} answers, and is skipped, saying
 * why, everywhere else. The contract's guest is never run (its {@code start} is the top of its memory).
 */
class KvmContractTest extends DeviceContract {
    @BeforeEach
    @Override
    void setUp() throws ErrnoException {
        Optional<String> why = KvmDevice.unavailable();
        assumeTrue(why.isEmpty(), () -> "the KVM backend's contract run is skipped: " + why.orElse(""));
        super.setUp();
    }

    @Override
    LguestDevice open() throws ErrnoException {
        return KvmDevice.open(TargetWord.I386);
    }
}
