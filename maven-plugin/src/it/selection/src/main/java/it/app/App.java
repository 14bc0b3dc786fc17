package it.app;

import it.ctl.ArchCtl;
import it.ctl.ArchRegs;
import it.ctl.CtlState;
import it.ctl.DevCtl;

public class App {
    public static void main(String[] args) {
        System.out.println(DevCtl.CTL_VERSION + " " + ArchCtl.CTL_ARCH_MAX + " " + CtlState.class.getSimpleName()
                + " " + ArchRegs.class.getSimpleName());
    }
}
