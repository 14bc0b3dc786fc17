package io.jbindgen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jbindgen.commands.CommandSet;
import javax.lang.model.element.Modifier;

/**
 * Emits the command class of a request enum: one method per request that checks every argument word
 * against the target's {@code unsigned long} before any system call, then sends the request code and
 * the words through a {@code RequestChannel} and returns the device's result.
 */
final class CommandClassEmitter {
    private static final ClassName CHECKS = ClassName.get("io.jbindgen.runtime", "Checks");
    /** Most argument words {@code RequestChannel} has a method of their own for; more go as an array. */
    private static final int DIRECT_WORDS = 3;

    private CommandClassEmitter() {
    }

    static TypeSpec emit(ClassName cls, CommandSet set) {
        String words = set.wordBytes() + "-byte {@code unsigned long} of " + set.targetName();
        TypeSpec.Builder type = TypeSpec.classBuilder(cls).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(JavaEmitter.GENERATED)
                .addJavadoc("$L<p>The requests of the C $L as methods: each sends its request code and argument words "
                        + "through a {@link $T} and returns the device's result. Every word is the $L; each "
                        + "argument is checked against it before any system call.\n",
                        JavadocText.paragraph(set.doc()), JavadocText.code(set.enumKey()),
                                RuntimeNames.REQUEST_CHANNEL, words);
        type.addField(FieldSpec.builder(TypeName.INT, "WORD_BYTES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The size in bytes of the target's {@code unsigned long}, the unit of every word.\n")
                .initializer("$L", set.wordBytes()).build());
        type.addField(RuntimeNames.REQUEST_CHANNEL, "channel", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Sends through {@code channel}.\n\n@param channel the device's request channel, whose "
                        + "words must be $L bytes\n@throws IllegalArgumentException when its words have another size\n",
                        set.wordBytes())
                .addParameter(RuntimeNames.REQUEST_CHANNEL, "channel")
                .beginControlFlow("if (channel.wordBytes() != WORD_BYTES)")
                .addStatement("throw new IllegalArgumentException($S + channel.wordBytes() + $S)",
                        "the channel's words are ", "-byte; these commands are for the " + set.wordBytes()
                                + "-byte unsigned long of " + set.targetName())
                .endControlFlow()
                .addStatement("this.channel = channel").build());
        type.addMethod(MethodSpec.methodBuilder("channel").addModifiers(Modifier.PUBLIC).returns(RuntimeNames.REQUEST_CHANNEL)
                .addJavadoc("{@return the channel the commands go through}\n").addStatement("return channel").build());
        for (CommandSet.Command command : set.commands()) {
            type.addMethod(method(command, set, words));
        }
        return type.build();
    }

    private static MethodSpec method(CommandSet.Command command, CommandSet set, String words) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(command.method()).addModifiers(Modifier.PUBLIC)
                .returns(TypeName.LONG).addException(RuntimeNames.ERRNO_EXCEPTION);
        m.addJavadoc("Sends $L (request $L)$L.\n\n$L", JavadocText.code(command.constant()),
                Long.toUnsignedString(command.code()), command.parameters().isEmpty() ? " with no argument"
                        : " with " + command.parameters().size() + " argument word"
                                + (command.parameters().size() == 1 ? "" : "s"),
                JavadocText.paragraph(command.doc()));
        for (CommandSet.Parameter p : command.parameters()) {
            m.addParameter(TypeName.LONG, p.name());
            m.addJavadoc("@param $L $L\n", p.name(), p.description().equals(p.name())
                    ? "the argument word {@code " + p.name() + "}" : JavadocText.escape(p.description()));
        }
        m.addJavadoc("@return the device's result\n@throws $T with the device's errno\n", RuntimeNames.ERRNO_EXCEPTION);
        if (!command.parameters().isEmpty()) {
            m.addJavadoc("@throws IllegalArgumentException when an argument does not fit the $L\n", words);
        }
        if (command.deprecated()) {
            m.addAnnotation(AnnotationSpec.builder(Deprecated.class).build());
            m.addJavadoc("@deprecated the header documents $L as retired; the request is still sent as it is\n",
                    JavadocText.code(command.constant()));
        }
        if (set.wordBytes() < Long.BYTES) {
            for (CommandSet.Parameter p : command.parameters()) {
                m.beginControlFlow("if (($L >>> $L) != 0)", p.name(), 8 * set.wordBytes())
                        .addStatement("throw $T.outOfWord($L, WORD_BYTES, $S, $S)", CHECKS, p.name(),
                                command.constant(), p.name())
                        .endControlFlow();
            }
        }
        m.addStatement("return this.channel.send($L)", arguments(command));
        return m.build();
    }

    private static CodeBlock arguments(CommandSet.Command command) {
        CodeBlock.Builder args = CodeBlock.builder().add("$LL", command.code());
        if (command.parameters().size() > DIRECT_WORDS) {
            args.add(", new long[] {");
            for (int i = 0; i < command.parameters().size(); i++) {
                args.add(i == 0 ? "$L" : ", $L", command.parameters().get(i).name());
            }
            return args.add("}").build();
        }
        command.parameters().forEach(p -> args.add(", $L", p.name()));
        return args.build();
    }
}
