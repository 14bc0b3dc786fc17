package it.app;

import it.ctl.Ctl;
import it.ctl.CtlState;

public class App {
    public static void main(String[] args) {
        System.out.println(Ctl.CTL_VERSION + " " + Ctl.CTL_ARCH_MAX + " " + CtlState.class.getSimpleName());
    }
}
