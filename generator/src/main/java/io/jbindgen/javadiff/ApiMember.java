package io.jbindgen.javadiff;

import java.util.List;

/**
 * A public member of a generated type.
 *
 * @param kind field, method, constructor or enum constant
 * @param name its name ({@code <init>} for a constructor)
 * @param isStatic whether it is static (enum constants are)
 * @param parameterTypes the parameter types as written (empty for fields)
 * @param type the field type or return type as written ({@code void}, or the type's name for a constructor)
 * @param value the initializer of a {@code static final} field (a constant callers inline), or {@code null}
 * @param cLink the C entity its Javadoc names first (a member, an enumerator, a macro), or {@code null}
 */
public record ApiMember(Kind kind, String name, boolean isStatic, List<String> parameterTypes, String type,
        String value, String cLink) {

    /** What sort of member. */
    public enum Kind { FIELD, METHOD, CONSTRUCTOR, ENUM_CONSTANT }

    public ApiMember {
        parameterTypes = List.copyOf(parameterTypes);
    }

    /** {@return what identifies the member in its type: the name, with the parameter types for a method} */
    public String key() {
        return kind == Kind.METHOD || kind == Kind.CONSTRUCTOR ? name + "(" + String.join(", ", parameterTypes) + ")"
                : name;
    }

    /** {@return the member as a Java caller sees it: {@code int type()}, {@code long SIZE = 5L}} */
    public String signature() {
        String head = (isStatic && kind != Kind.ENUM_CONSTANT ? "static " : "") + type + " " + key();
        return kind == Kind.ENUM_CONSTANT ? name : value == null ? head : head + " = " + value;
    }

    /** {@return whether it is a method or constructor} */
    public boolean callable() {
        return kind == Kind.METHOD || kind == Kind.CONSTRUCTOR;
    }
}
