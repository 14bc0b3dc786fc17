package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * The private {@code static final} value layouts a record class's accessors read and write through
 * (unaligned, with an explicit byte order), created on first use and emitted sorted by name.
 */
final class AccessLayouts {
    private final Map<String, FieldSpec> fields = new TreeMap<>();

    /** {@return a reference to the access layout for {@code storage} in {@code order}} */
    CodeBlock ref(JType.Storage storage, ByteOrder order) {
        boolean single = storage.size == 1;
        String name = single ? "ACCESS_" + storage.layout.substring(5)
                : "ACCESS_" + storage.layout.substring(5) + (order == ByteOrder.BIG_ENDIAN ? "_BE" : "_LE");
        fields.computeIfAbsent(name, n -> {
            String layout = single ? storage.layout : storage.layout + "_UNALIGNED";
            ClassName type = LayoutExpressionEmitter.VALUE_LAYOUT.nestedClass(switch (storage) {
                case BOOL, I8 -> "OfByte";
                case I16 -> "OfShort";
                case I32 -> "OfInt";
                case I64 -> "OfLong";
                case F32 -> "OfFloat";
                case F64 -> "OfDouble";
            });
            CodeBlock init = single ? CodeBlock.of("$T.$L", ClassName.get(ValueLayout.class), layout)
                    : CodeBlock.of("$T.$L.withOrder($T.$L)", ClassName.get(ValueLayout.class), layout,
                            LayoutExpressionEmitter.BYTE_ORDER, LayoutExpressionEmitter.order(order));
            return FieldSpec.builder(type, n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(init).build();
        });
        return CodeBlock.of("$N", name);
    }

    /** {@return the fields used so far, sorted by name} */
    List<FieldSpec> fields() {
        return List.copyOf(fields.values());
    }
}
