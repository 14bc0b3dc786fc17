package io.jbindgen;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The types that a class's API outside its module mentions: its supertypes and type parameters' bounds,
 * and the types in the public and protected constructors, methods, fields and record components, as
 * reflection over the compiled class sees them (generic signatures included). Reports each use as
 * "where: which class" to a consumer.
 */
final class ExportedSignatures {

    private ExportedSignatures() {
    }

    /** Whether code outside the module can name {@code type}: public, or protected, up to its outermost class. */
    static boolean isVisibleOutside(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            int modifiers = c.getModifiers();
            boolean nested = c.getDeclaringClass() != null;
            if (!Modifier.isPublic(modifiers) && !(nested && Modifier.isProtected(modifiers))) {
                return false;
            }
        }
        return !type.isSynthetic() && !type.isAnonymousClass() && !type.isLocalClass();
    }

    /** Calls {@code use} with a description of the place and each class mentioned by {@code type}'s visible API. */
    static void forEachUse(Class<?> type, BiConsumer<String, Class<?>> use) {
        String name = type.getName();
        mentions(type.getGenericSuperclass(), name + " extends", use);
        for (Type supertype : type.getGenericInterfaces()) {
            mentions(supertype, name + " implements", use);
        }
        typeParameters(type.getTypeParameters(), name, use);
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                mentions(component.getGenericType(), name + " record component " + component.getName(), use);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field)) {
                mentions(field.getGenericType(), name + "." + field.getName(), use);
            }
        }
        List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredConstructors()));
        executables.addAll(List.of(type.getDeclaredMethods()));
        for (Executable executable : executables) {
            if (visible(executable) && !(executable instanceof Method m && m.isBridge())) {
                executable(executable, name, use);
            }
        }
    }

    private static void executable(Executable executable, String owner, BiConsumer<String, Class<?>> use) {
        String where = owner + (executable instanceof Constructor<?> ? ".<init>" : "." + executable.getName()) + "(...)";
        typeParameters(executable.getTypeParameters(), where, use);
        if (executable instanceof Method method) {
            mentions(method.getGenericReturnType(), where + " returns", use);
        }
        for (Type parameter : executable.getGenericParameterTypes()) {
            mentions(parameter, where + " takes", use);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
            mentions(thrown, where + " throws", use);
        }
    }

    private static boolean visible(Member member) {
        int modifiers = member.getModifiers();
        return !member.isSynthetic() && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
    }

    private static void typeParameters(TypeVariable<?>[] parameters, String where, BiConsumer<String, Class<?>> use) {
        for (TypeVariable<?> parameter : parameters) {
            for (Type bound : parameter.getBounds()) {
                mentions(bound, where + " <" + parameter.getName() + " extends>", use);
            }
        }
    }

    /** Every class that {@code type} names: itself, its type arguments, owners, bounds and array elements. */
    private static void mentions(Type type, String where, BiConsumer<String, Class<?>> use) {
        switch (type) {
            case null -> {
            }
            case Class<?> c when c.isArray() -> mentions(c.getComponentType(), where, use);
            case Class<?> c -> use.accept(where, c);
            case ParameterizedType p -> {
                mentions(p.getRawType(), where, use);
                mentions(p.getOwnerType(), where, use);
                for (Type argument : p.getActualTypeArguments()) {
                    mentions(argument, where, use);
                }
            }
            case GenericArrayType a -> mentions(a.getGenericComponentType(), where, use);
            case WildcardType w -> {
                for (Type bound : w.getUpperBounds()) {
                    mentions(bound, where, use);
                }
                for (Type bound : w.getLowerBounds()) {
                    mentions(bound, where, use);
                }
            }
            // a type variable's bounds are checked where it is declared
            case TypeVariable<?> v -> {
            }
            default -> throw new IllegalArgumentException("unknown kind of type: " + type);
        }
    }
}
