package io.jbindgen.maven;

/**
 * One {@code <output>} element of the {@code outputs} parameter: a target ABI and the Java package
 * its bindings are generated into. A mutable bean because Maven fills it through setters/fields.
 *
 * <pre>{@code
 * <outputs>
 *   <output><target>i386</target><javaPackage>org.example.lguest.i386</javaPackage></output>
 *   <output><target>x86_64</target><javaPackage>org.example.lguest.x64</javaPackage></output>
 * </outputs>
 * }</pre>
 */
public class OutputSpec {

    /** The target ABI name, e.g. {@code x86_64}, {@code i386}, {@code aarch64}, {@code armhf}, {@code ppc64el}. */
    private String target;

    /** The Java package of this target's bindings. */
    private String javaPackage;

    /** Creates an empty spec (for Maven). */
    public OutputSpec() {
    }

    /** Creates a filled spec. */
    public OutputSpec(String target, String javaPackage) {
        this.target = target;
        this.javaPackage = javaPackage;
    }

    /** {@return the target ABI name} */
    public String getTarget() {
        return target;
    }

    /** Sets the target ABI name. */
    public void setTarget(String target) {
        this.target = target;
    }

    /** {@return the Java package} */
    public String getJavaPackage() {
        return javaPackage;
    }

    /** Sets the Java package. */
    public void setJavaPackage(String javaPackage) {
        this.javaPackage = javaPackage;
    }
}
