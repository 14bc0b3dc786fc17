package io.jbindgen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.jbindgen.model.CType;
import io.jbindgen.model.FunctionDecl;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A function as the functions class binds it: the declaration, the Java names, and how its return
 * value and parameters cross the call.
 *
 * @param decl the C declaration
 * @param javaName the method's name
 * @param holderName the name of the nested class holding its lazily created handle
 * @param invokerName for a variadic function, the name of its invoker class, else {@code null}
 * @param returns how the return value crosses, empty for {@code void}
 * @param parameters how each parameter crosses
 * @param parameterNames the Java parameter names
 * @param errno whether {@code errno} is captured
 * @param critical whether the handle is linked as critical
 * @param header the header's file name, for messages
 */
record BoundFunction(FunctionDecl decl, String javaName, String holderName, String invokerName,
        Optional<CallType> returns, List<CallType> parameters, List<String> parameterNames, boolean errno,
        boolean critical, String header) {

    /** {@return {@code int getpid(void)}: the prototype as C spells it, for Javadoc and messages} */
    String prototype() {
        List<CType> types = decl.type().parameters();
        String params = types.isEmpty() && !decl.type().variadic() ? "void"
                : IntStream.range(0, types.size())
                        .mapToObj(i -> (types.get(i).spelling() + " " + decl.parameterNames().get(i)).strip())
                        .collect(Collectors.joining(", ")) + (decl.type().variadic() ? ", ..." : "");
        return decl.type().returnType().spelling() + " " + decl.name() + "(" + params + ")";
    }

    /** {@return {@code unistd.h:398}: the file name (without directories, so output is machine-independent) and line} */
    String declaredAt() {
        return decl.position().file().replaceAll(".*[/\\\\]", "") + ":" + decl.position().line();
    }

    /** {@return what the symbol is for, in the missing-symbol message} */
    String what() {
        return "function " + decl.name() + " of " + header;
    }

    /** {@return whether the call returns a struct or union by value (the handle then takes an allocator)} */
    boolean returnsRecord() {
        return returns.isPresent() && returns.get() instanceof CallType.ByValue;
    }

    /** {@return the linker options after the descriptor, each preceded by a comma: errno capture, critical} */
    CodeBlock linkerOptions() {
        CodeBlock.Builder options = CodeBlock.builder();
        if (errno) {
            options.add(", $T.Option.captureCallState($S)", FfmNames.LINKER, "errno");
        }
        if (critical) {
            options.add(", $T.Option.critical(false)", FfmNames.LINKER);
        }
        return options.build();
    }

    /** {@return the {@code FunctionDescriptor} expression of the fixed parameters} */
    CodeBlock descriptor() {
        CodeBlock args = parameters.stream().map(CallType::layout).collect(CodeBlock.joining(", "));
        return returns.map(r -> CodeBlock.of("$T.of($L$L$L)", FfmNames.FUNCTION_DESCRIPTOR, r.layout(),
                        parameters.isEmpty() ? "" : ", ", args))
                .orElse(CodeBlock.of("$T.ofVoid($L)", FfmNames.FUNCTION_DESCRIPTOR, args));
    }

    /** {@return the failure test on the carrier result {@code r}, or null when failure cannot be seen in it} */
    CodeBlock failureTest(String r) {
        if (returns.isEmpty()) {
            return null;
        }
        return switch (returns.get()) {
            case CallType.Value v when v.unsignedMax() < 0 && (v.carrier().equals(TypeName.INT)
                    || v.carrier().equals(TypeName.LONG)) && signed() -> CodeBlock.of("$N == -1", r);
            case CallType.Address a -> CodeBlock.of("$N.address() == 0L || $N.address() == -1L", r, r);
            default -> null;
        };
    }

    private boolean signed() {
        CType t = decl.type().returnType().canonical();
        return t instanceof CType.Scalar s && !s.kind().isUnsigned() || t instanceof CType.Enum;
    }

    /** {@return the ErrnoException subject expression: {@code fd N} or a path, from the first parameter} */
    CodeBlock subject() {
        if (parameters.isEmpty()) {
            return CodeBlock.of("null");
        }
        String cName = decl.parameterNames().getFirst().toLowerCase(Locale.ROOT);
        CType first = decl.type().parameters().getFirst().canonical();
        if (first instanceof CType.Scalar && cName.contains("fd")) {
            return CodeBlock.of("$T.fd($N)", RuntimeNames.ERRNO_CAPTURE, parameterNames.getFirst());
        }
        if (parameters.getFirst() instanceof CallType.Address
                && first instanceof CType.Pointer p && p.pointee().canonical() instanceof CType.Scalar
                && (cName.contains("file") || cName.contains("path") || cName.contains("name"))) {
            return CodeBlock.of("$T.path($N)", RuntimeNames.ERRNO_CAPTURE, parameterNames.getFirst());
        }
        return CodeBlock.of("null");
    }
}
