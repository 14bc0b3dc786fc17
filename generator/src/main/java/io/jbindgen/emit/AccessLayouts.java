package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * The private {@code static final} value layouts a record class's accessors read and write through
 * (unaligned, with an explicit byte order) and the var handles of members at fixed offsets, created
 * on first use and emitted sorted by name, the handles after the layouts they are made from. The handles
 * of pointer members whose pointee is a generated record carry the pointee's layout
 * ({@code withTargetLayout}); they go in a nested holder class ({@link #POINTEES}), initialised on first
 * use, so that records pointing at each other never initialise each other (no class-initialisation
 * cycle, no deadlock between threads).
 */
final class AccessLayouts {
    private final Map<String, FieldSpec> fields = new TreeMap<>();
    private final Map<String, FieldSpec> handles = new TreeMap<>();
    private final Map<String, FieldSpec> pointees = new TreeMap<>();

    /** The simple name of the nested class holding the pointer members' handles with a target layout. */
    static final String POINTEES = "Pointees";

    /**
     * {@return a reference to the var handle of {@code m}, a value of {@code storage} in {@code order}
     * at {@code offset} of the record, with coordinates {@code (segment, 0L)}}
     */
    CodeBlock handle(Member m, JType.Storage storage, ByteOrder order, CodeBlock offset) {
        String name = m.constName() + "_HANDLE";
        CodeBlock layout = ref(storage, order);
        handles.computeIfAbsent(name, n -> FieldSpec.builder(VarHandle.class, n, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$T.memberHandle($L, $L, SIZE)", RuntimeNames.LAYOUT_SUPPORT, layout, offset).build());
        return CodeBlock.of("$N", name);
    }

    /**
     * {@return a reference to the var handle of pointer member {@code m} in {@code order} at {@code offset},
     * whose reads are segments of the size of the record {@code pointee}}
     */
    CodeBlock pointeeHandle(Member m, ByteOrder order, ClassName pointee, CodeBlock offset) {
        String name = m.constName() + "_HANDLE";
        pointees.computeIfAbsent(name, n -> FieldSpec.builder(VarHandle.class, n, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.memberHandle($T.ADDRESS_UNALIGNED.withOrder($T.$L).withTargetLayout($T.LAYOUT), $L, "
                        + "SIZE)", RuntimeNames.LAYOUT_SUPPORT, ClassName.get(ValueLayout.class),
                            LayoutExpressionEmitter.BYTE_ORDER,
                        LayoutExpressionEmitter.order(order), pointee, offset).build());
        return CodeBlock.of("$N.$N", POINTEES, name);
    }

    /** {@return the fields of the {@link #POINTEES} holder, sorted by name (none: no holder)} */
    List<FieldSpec> pointeeFields() {
        return new ArrayList<>(pointees.values());
    }

    /** {@return a reference to the access layout for {@code storage} in {@code order}} */
    CodeBlock ref(JType.Storage storage, ByteOrder order) {
        boolean single = storage.size == 1;
        String kind = storage == JType.Storage.ADDRESS ? "ADDRESS" : storage.layout.substring(5);
        String name = single ? "ACCESS_" + kind : "ACCESS_" + kind + (order == ByteOrder.BIG_ENDIAN ? "_BE" : "_LE");
        fields.computeIfAbsent(name, n -> {
            String layout = single ? storage.layout : storage.layout + "_UNALIGNED";
            ClassName type = storage == JType.Storage.ADDRESS ? ClassName.get("java.lang.foreign", "AddressLayout")
                    : LayoutExpressionEmitter.VALUE_LAYOUT.nestedClass(switch (storage) {
                        case BOOL, I8 -> "OfByte";
                        case I16 -> "OfShort";
                        case I32 -> "OfInt";
                        case I64, ADDRESS -> "OfLong";
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

    /** {@return the fields used so far: the layouts, then the handles, each sorted by name} */
    List<FieldSpec> fields() {
        List<FieldSpec> all = new ArrayList<>(fields.values());
        all.addAll(handles.values());
        return all;
    }
}
