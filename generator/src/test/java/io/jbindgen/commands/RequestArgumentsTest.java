package io.jbindgen.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code + a, b} convention of request enumerators' comments. */
class RequestArgumentsTest {
    @Test
    void argumentsAfterThePlus() {
        assertThat(RequestArguments.of("+ base, pfnlimit, start")).containsExactly("base", "pfnlimit", "start");
        assertThat(RequestArguments.of("+ address, fd.")).containsExactly("address", "fd");
        assertThat(RequestArguments.of("+ addr (returns &lguest_dma, irq in ->used_len)")).containsExactly("addr");
        assertThat(RequestArguments.of("+ offset within struct pt_regs, value.")).containsExactly(
                "offset within struct pt_regs", "value");
    }

    @Test
    void noPlusNoArguments() {
        assertThat(RequestArguments.of("No longer used")).isEmpty();
        assertThat(RequestArguments.of(null)).isEmpty();
        assertThat(RequestArguments.of("+")).isEmpty();
    }
}
