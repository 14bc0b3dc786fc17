package io.jbindgen.select;

import io.jbindgen.model.Position;
import java.util.Objects;

/**
 * One declaration the {@link Selector} decided on.
 *
 * @param kind its kind ({@link DeclarationKind#CONSTANT} for macros and enumerators,
 *     {@link DeclarationKind#FUNCTION} for functions and variables)
 * @param key the model's key ({@code struct kvm_regs}, a macro or enumerator name)
 * @param cName how C names it: the key for a tagged record or enum, the first typedef naming an
 *     anonymous one, the macro or enumerator name; {@code null} for an anonymous record or enum no
 *     typedef names
 * @param position where it is declared
 * @param kept whether it is generated
 * @param code why, as a stable code: kept {@code main-file}, {@code included}, {@code member-type},
 *     {@code ioctl-payload}, {@code by-value}, {@code request-enum}, {@code translation-unit}
 *     (a function or variable of an included header); skipped {@code not-in-header},
 *     {@code not-included}, {@code excluded}, {@code other-header}, {@code incomplete},
 *     {@code record-no-layout}, {@code record-unnamed}, {@code enum-unnamed}, {@code flattened}, {@code not-reached},
 *     {@code no-enumerators}, {@code duplicate}, {@code no-call-layout}
 * @param reason the reason in words
 * @param javaName the simple name of its class or constant when kept, else {@code null}
 */
public record PlannedDeclaration(DeclarationKind kind, String key, String cName, Position position, boolean kept,
        String code, String reason, String javaName) {
    public PlannedDeclaration {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@return one line for a listing: {@code file:line: skipped struct foo: reason [code]}} */
    public String describe() {
        return position.file() + ":" + position.line() + ": " + (kept ? "generated " : "skipped ")
                + (kind == DeclarationKind.CONSTANT || kind == DeclarationKind.FUNCTION ? kind.optionName() + " " : "") + (cName != null ? cName : key)
                + (kept ? " as " + javaName : "") + ": " + reason + " [" + code + "]";
    }
}
