package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * How a C parameter, return or variable type crosses a native call: the type in the generated Java
 * signature, the carrier type of the method handle, the FFM layout, and the conversions between them.
 */
sealed interface CallType {
    ClassName MEMORY_SEGMENT = ClassName.get("java.lang.foreign", "MemorySegment");
    ClassName VALUE_LAYOUT = ClassName.get("java.lang.foreign", "ValueLayout");

    /** {@return the type in the generated method's signature} */
    TypeName javaType();

    /** {@return the type the method handle takes or returns} */
    TypeName carrier();

    /** {@return the layout expression} */
    CodeBlock layout();

    /** {@return the expression that turns the Java argument {@code name} into the carrier} */
    CodeBlock toCarrier(String name, String cName);

    /** {@return the expression that turns a carrier value {@code value} into the Java type} */
    CodeBlock fromCarrier(CodeBlock value);

    /**
     * An arithmetic, enum, or (on 32-bit targets) pointer value.
     *
     * @param javaType the Java type (unsigned types widened as in record accessors)
     * @param carrier the handle's primitive type
     * @param layoutName the {@code ValueLayout} constant
     * @param unsignedMax for a widened unsigned type, its largest value (arguments are range-checked),
     *     else {@code -1}
     */
    record Value(TypeName javaType, TypeName carrier, String layoutName, long unsignedMax) implements CallType {
        @Override
        public CodeBlock layout() {
            return CodeBlock.of("$T.$L", VALUE_LAYOUT, layoutName);
        }

        @Override
        public CodeBlock toCarrier(String name, String cName) {
            if (unsignedMax < 0) {
                return CodeBlock.of("$N", name);
            }
            return CodeBlock.of("($T) $T.range($N, 0, $LL, $S)", carrier, RuntimeNames.CHECKS, name,
                    unsignedMax, cName);
        }

        @Override
        public CodeBlock fromCarrier(CodeBlock value) {
            if (unsignedMax < 0) {
                return value;
            }
            return carrier.equals(TypeName.INT) ? CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, value)
                    : carrier.equals(TypeName.SHORT) ? CodeBlock.of("$T.toUnsignedInt($L)", Short.class, value)
                    : CodeBlock.of("$T.toUnsignedInt($L)", Byte.class, value);
        }
    }

    /**
     * A pointer on a 64-bit target: a {@code MemorySegment} over {@code ValueLayout.ADDRESS}, with the
     * pointee's layout when it is a record with a generated class.
     *
     * @param pointee the record class of the pointee, or {@code null}
     */
    record Address(ClassName pointee) implements CallType {
        @Override
        public TypeName javaType() {
            return MEMORY_SEGMENT;
        }

        @Override
        public TypeName carrier() {
            return MEMORY_SEGMENT;
        }

        @Override
        public CodeBlock layout() {
            return pointee == null ? CodeBlock.of("$T.ADDRESS", VALUE_LAYOUT)
                    : CodeBlock.of("$T.pointerTo($T.LAYOUT)", RuntimeNames.NATIVE_CALLS, pointee);
        }

        @Override
        public CodeBlock toCarrier(String name, String cName) {
            return CodeBlock.of("$N", name);
        }

        @Override
        public CodeBlock fromCarrier(CodeBlock value) {
            return value;
        }
    }

    /**
     * A struct or union passed or returned by value, as its generated class.
     *
     * @param cls the record class
     */
    record ByValue(ClassName cls) implements CallType {
        @Override
        public TypeName javaType() {
            return cls;
        }

        @Override
        public TypeName carrier() {
            return MEMORY_SEGMENT;
        }

        @Override
        public CodeBlock layout() {
            return CodeBlock.of("$T.LAYOUT", cls);
        }

        @Override
        public CodeBlock toCarrier(String name, String cName) {
            return CodeBlock.of("$N.segment()", name);
        }

        @Override
        public CodeBlock fromCarrier(CodeBlock value) {
            return CodeBlock.of("$T.at($L)", cls, value);
        }
    }
}
