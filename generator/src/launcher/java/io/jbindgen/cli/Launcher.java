package io.jbindgen.cli;

import java.lang.reflect.InvocationTargetException;

/**
 * The entry point of {@code jbindgen.jar}. It is compiled for Java 8, so that an older {@code java}
 * says which Java jbindgen needs instead of failing to load a class built for Java 25; on Java 25 and
 * later it runs {@link Main} (looked up by name: this class is compiled apart from it).
 */
public final class Launcher {
    /** The oldest Java feature release jbindgen runs on. */
    static final int REQUIRED = 25;

    private Launcher() {
    }

    /**
     * Runs jbindgen, or exits with status 2 and a message on a Java older than {@link #REQUIRED}.
     *
     * @param args the command-line arguments
     * @throws Throwable what {@link Main#main} throws (it reports every problem itself)
     */
    public static void main(String[] args) throws Throwable {
        String version = System.getProperty("java.specification.version", "0");
        if (feature(version) < REQUIRED) {
            System.err.println("jbindgen: needs Java " + REQUIRED + " or later, but this is Java " + version + " ("
                    + System.getProperty("java.home") + ").");
            System.err.println("jbindgen: run it with the java command of a JDK " + REQUIRED
                    + ", e.g. \"$JAVA_HOME/bin/java -jar jbindgen.jar ...\" with JAVA_HOME set to one.");
            System.exit(2);
        }
        try {
            Class.forName("io.jbindgen.cli.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** {@return the feature release of a {@code java.specification.version} ("1.8" is 8), or 0} */
    static int feature(String specification) {
        String s = specification.startsWith("1.") ? specification.substring(2) : specification;
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(s.substring(0, end));
    }
}
