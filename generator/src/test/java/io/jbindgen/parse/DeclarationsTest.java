package io.jbindgen.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.model.Attributes;
import io.jbindgen.model.CType;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.FunctionDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.SkippedDecl;
import io.jbindgen.model.TypedefDecl;
import io.jbindgen.model.VariableDecl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclarationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            char                  | char
            signed char           | signed char
            char unsigned         | unsigned char
            __signed__ char       | signed char
            short                 | short
            short int             | short
            short unsigned        | unsigned short
            unsigned short int    | unsigned short
            int                   | int
            signed                | int
            __signed              | int
            unsigned              | unsigned int
            long                  | long
            long int              | long
            int long unsigned     | unsigned long
            long long             | long long
            long long int         | long long
            unsigned long long int | unsigned long long
            long unsigned long    | unsigned long long
            _Bool                 | _Bool
            __int128              | __int128
            unsigned __int128     | unsigned __int128
            __uint128_t           | __uint128_t
            float                 | float
            double                | double
            long double           | long double
            const volatile int    | int
            __const unsigned      | unsigned int
            """)
    void everyScalarSpelling(String spelling, String expected) {
        Parsed p = Parsed.of("struct s { " + spelling + " x; };");
        assertThat(p.errors()).isEmpty();
        assertThat(p.fieldType("struct s", "x")).isEqualTo(expected);
    }

    @Test
    void declaratorsDeriveTypesInsideOut() {
        Parsed p = Parsed.of("""
                struct s {
                    int *p, **pp, a[2][3], *ap[4], (*pa)[5];
                    void (*fn)(int, char *);
                    int (*(*fnp)(void))[2];
                    char zero[0];
                    struct s *next;
                    char flex[];
                };
                """);
        assertThat(p.errors()).isEmpty();
        assertThat(p.fieldType("struct s", "p")).isEqualTo("int *");
        assertThat(p.fieldType("struct s", "pp")).isEqualTo("int * *");
        CType a = p.field("struct s", "a").type();
        assertThat(a).isEqualTo(new CType.Array(new CType.Array(new CType.Scalar(ScalarKind.INT), 3), 2));
        assertThat(p.field("struct s", "ap").type()).isEqualTo(
                new CType.Array(new CType.Pointer(new CType.Scalar(ScalarKind.INT)), 4));
        assertThat(p.field("struct s", "pa").type()).isEqualTo(
                new CType.Pointer(new CType.Array(new CType.Scalar(ScalarKind.INT), 5)));
        CType fn = p.field("struct s", "fn").type();
        assertThat(fn).isInstanceOf(CType.Pointer.class);
        CType.Function f = (CType.Function) ((CType.Pointer) fn).pointee();
        assertThat(f.returnType()).isEqualTo(new CType.Void());
        assertThat(f.parameters()).hasSize(2);
        CType.Function g = (CType.Function) ((CType.Pointer) p.field("struct s", "fnp").type()).pointee();
        assertThat(g.parameters()).isEmpty();
        assertThat(g.returnType()).isEqualTo(new CType.Pointer(new CType.Array(new CType.Scalar(ScalarKind.INT), 2)));
        assertThat(((CType.Array) p.field("struct s", "flex").type()).isFlexible()).isTrue();
        assertThat(((CType.Array) p.field("struct s", "zero").type()).length()).isZero();
        assertThat(p.fieldType("struct s", "next")).isEqualTo("struct s *");
    }

    @Test
    void arraySizesAreConstantExpressions() {
        Parsed p = Parsed.of("""
                enum { N = 4 };
                typedef unsigned int u32;
                struct s { char a[N * 2 + 1]; char b[sizeof(u32) * 3]; char c[(unsigned char)300]; char d[sizeof(long)]; };
                """);
        assertThat(p.errors()).isEmpty();
        assertThat(p.fieldType("struct s", "a")).isEqualTo("char[9]");
        assertThat(p.fieldType("struct s", "b")).isEqualTo("char[12]");
        assertThat(p.fieldType("struct s", "c")).isEqualTo("char[44]");
        assertThat(p.fieldType("struct s", "d")).isEqualTo("char[8]");
    }

    @Test
    void sizeofLongFollowsTheTarget() {
        Parsed p = Parsed.of("struct s { char d[sizeof(long)]; };", io.jbindgen.target.Target.I386);
        assertThat(p.fieldType("struct s", "d")).isEqualTo("char[4]");
    }

    @Test
    void sizeofRecordUsesTheLayoutEngine() {
        String text = "struct r { int a; long long b; }; struct s { char x[sizeof(struct r)]; char y[_Alignof(struct r)]; };";
        assertThat(Parsed.of(text).fieldType("struct s", "x")).isEqualTo("char[16]");
        assertThat(Parsed.of(text).fieldType("struct s", "y")).isEqualTo("char[8]");
        assertThat(Parsed.of(text, io.jbindgen.target.Target.I386).fieldType("struct s", "x")).isEqualTo("char[12]");
        assertThat(Parsed.of(text, io.jbindgen.target.Target.I386).fieldType("struct s", "y")).isEqualTo("char[4]");
    }

    @Test
    void bitfieldsNamedUnnamedAndZero() {
        Parsed p = Parsed.of("struct s { unsigned a : 3, : 2; int : 0; signed char b : 8; _Bool c : 1; };");
        assertThat(p.errors()).isEmpty();
        RecordDecl s = p.record("struct s");
        assertThat(s.fields()).extracting(FieldDecl::name).containsExactly("a", null, null, "b", "c");
        assertThat(s.fields()).extracting(FieldDecl::bitWidth).containsExactly(3, 2, 0, 8, 1);
    }

    @Test
    void anonymousAndNestedRecords() {
        Parsed p = Parsed.of("""
                struct outer {
                    union { int i; float f; };
                    struct inner { int x; } in;
                    struct { int y; } named;
                    struct tagged_only { int z; };
                };
                """);
        assertThat(p.errors()).isEmpty();
        RecordDecl outer = p.record("struct outer");
        assertThat(outer.fields()).extracting(FieldDecl::name).containsExactly(null, "in", "named");
        assertThat(outer.fields().getFirst().type().spelling()).isEqualTo("union (anonymous at t.h:2:5)");
        assertThat(p.record("union (anonymous at t.h:2:5)").fields()).extracting(FieldDecl::name).containsExactly("i", "f");
        assertThat(p.fieldType("struct outer", "in")).isEqualTo("struct inner");
        assertThat(p.fieldType("struct outer", "named")).isEqualTo("struct (anonymous at t.h:4:5)");
        assertThat(p.record("struct tagged_only").fields()).hasSize(1);
    }

    @Test
    void typedefsOfEveryKind() {
        Parsed p = Parsed.of("""
                typedef struct { int a; } foo_t;
                typedef struct bar bar_t, *bar_p;
                typedef int arr_t[4];
                typedef void (*cb_t)(int);
                typedef void fn_t(void);
                typedef arr_t arr2_t[2];
                struct bar { bar_t *self; foo_t f; arr2_t m; cb_t cb; };
                """);
        assertThat(p.errors()).isEmpty();
        TypedefDecl foo = p.typedef("foo_t");
        assertThat(foo.type()).isEqualTo(new CType.Record(io.jbindgen.model.RecordKind.STRUCT, "struct (anonymous at t.h:1:9)"));
        assertThat(p.record("struct (anonymous at t.h:1:9)").isAnonymous()).isTrue();
        assertThat(p.typedef("bar_p").type().spelling()).isEqualTo("struct bar *");
        assertThat(p.typedef("arr_t").type().spelling()).isEqualTo("int[4]");
        assertThat(p.typedef("cb_t").type()).isInstanceOf(CType.Pointer.class);
        assertThat(p.typedef("fn_t").type()).isInstanceOf(CType.Function.class);
        assertThat(p.typedef("arr2_t").type().spelling()).isEqualTo("arr_t[2]");
        assertThat(p.fieldType("struct bar", "self")).isEqualTo("bar_t *");
        assertThat(p.field("struct bar", "self").type()).isEqualTo(new CType.Pointer(new CType.Typedef("bar_t",
                new CType.Record(io.jbindgen.model.RecordKind.STRUCT, "struct bar"))));
    }

    @Test
    void forwardDeclarationsAreIncompleteRecords() {
        Parsed p = Parsed.of("struct fwd; union u; struct fwd { int x; }; struct fwd;");
        assertThat(p.declarations()).extracting(d -> ((RecordDecl) d).key() + ":" + ((RecordDecl) d).complete())
                .containsExactly("struct fwd:false", "union u:false", "struct fwd:true");
    }

    @Test
    void attributesInEveryPosition() {
        Parsed p = Parsed.of("""
                struct __attribute__((packed)) a { int x; };
                struct b { int x; } __attribute__((__packed__, aligned(8)));
                struct c { char x __attribute__((aligned)); int y __attribute__((__aligned__(16))); } __attribute__((__aligned__));
                struct d { __attribute__((aligned(4))) char x; _Alignas(8) char y; _Alignas(long long) char z; };
                typedef int aligned_int __attribute__((aligned(16)));
                typedef struct { int x; } __attribute__((packed)) e_t;
                struct f { int x __attribute__((deprecated("no"), unused)); } __attribute__((__designated_init__));
                """);
        assertThat(p.errors()).isEmpty();
        assertThat(p.record("struct a").attributes()).isEqualTo(new Attributes(true, 0));
        assertThat(p.record("struct b").attributes()).isEqualTo(new Attributes(true, 8));
        // a bare aligned is the target's biggest alignment: 16 on x86_64
        assertThat(p.record("struct c").attributes()).isEqualTo(new Attributes(false, 16));
        assertThat(p.field("struct c", "x").attributes()).isEqualTo(new Attributes(false, 16));
        assertThat(p.field("struct c", "y").attributes()).isEqualTo(new Attributes(false, 16));
        assertThat(p.field("struct d", "x").attributes().aligned()).isEqualTo(4);
        assertThat(p.field("struct d", "y").attributes().aligned()).isEqualTo(8);
        assertThat(p.field("struct d", "z").attributes().aligned()).isEqualTo(8);
        assertThat(p.typedef("aligned_int").attributes()).isEqualTo(new Attributes(false, 16));
        assertThat(p.record(((CType.Record) p.typedef("e_t").type()).key()).attributes().packed()).isTrue();
        assertThat(p.record("struct f").fields()).hasSize(1);
    }

    /**
     * An attribute after the tag of a specifier without a body belongs to the declaration: gcc gives
     * {@code _Alignof(vring_desc_t)} 16 for linux/virtio_ring.h's {@code typedef struct vring_desc
     * __attribute__((aligned(16))) vring_desc_t;} (struct vring_desc itself is 8-aligned).
     */
    @Test
    void attributesAfterTheTagOfAReferenceApplyToTheDeclaration() {
        Parsed p = Parsed.of("""
                struct vring_desc { unsigned long long addr; unsigned int len; };
                typedef struct vring_desc __attribute__((aligned(16))) vring_desc_t;
                struct holder { char c; struct vring_desc __attribute__((aligned(32))) d; };
                """);
        assertThat(p.errors()).isEmpty();
        assertThat(p.typedef("vring_desc_t").attributes()).isEqualTo(new Attributes(false, 16));
        assertThat(p.field("struct holder", "d").attributes().aligned()).isEqualTo(32);
        assertThat(p.record("struct vring_desc").attributes()).isEqualTo(Attributes.EMPTY);
    }

    @Test
    void float128IsRefusedWhereLongDoubleIsNotItsLayout() {
        String text = "struct s { int a; __float128 q; int b; }; typedef _Float128 f128; double f(__float128 x);";
        assertThat(Parsed.of(text).errors()).isEmpty();
        Parsed p = Parsed.of(text, io.jbindgen.target.Target.I386);
        assertThat(p.errors()).containsExactly(
                "t.h:1:19: error: '__float128' is not supported on target i386 [unsupported-type]",
                "t.h:1:43: error: '_Float128' is not supported on target i386 [unsupported-type]");
        assertThat(p.skipped()).extracting(SkippedDecl::name).containsExactly("f");
    }

    @Test
    void pragmaPackCapsMemberAlignment() {
        Parsed p = Parsed.of("""
                #pragma pack(push, 2)
                struct two { char c; int i; short s; char d; };
                _Pragma("pack(1)")
                struct one { char c; long l; };
                #pragma pack(pop)
                struct none { char c; int i; };
                """);
        assertThat(p.errors()).isEmpty();
        // the value in force at the closing brace is the record's; the layout engine caps its members with it
        assertThat(p.record("struct two").attributes()).isEqualTo(new Attributes(false, 0, 2));
        assertThat(p.field("struct two", "i").attributes()).isEqualTo(Attributes.EMPTY);
        assertThat(p.record("struct one").attributes()).isEqualTo(new Attributes(false, 0, 1));
        assertThat(p.record("struct none").attributes()).isEqualTo(Attributes.EMPTY);
    }

    @Test
    void modeAttributeChangesTheIntegerWidth() {
        Parsed p = Parsed.of("typedef int q_t __attribute__((mode(QI))); typedef unsigned int u64_t __attribute__((__mode__(__DI__)));");
        assertThat(p.errors()).isEmpty();
        assertThat(p.typedef("q_t").type()).isEqualTo(new CType.Scalar(ScalarKind.SIGNED_CHAR));
        assertThat(p.typedef("u64_t").type()).isEqualTo(new CType.Scalar(ScalarKind.UNSIGNED_LONG));
    }

    @Test
    void gnuSpellingsAndExtensions() {
        Parsed p = Parsed.of("""
                __extension__ typedef __signed__ long long __s64;
                __extension__ struct x { __volatile__ int a; int * __restrict b; __const char *c; __typeof__(int) d; typeof(__s64 *) e; };
                _Static_assert(sizeof(struct x) > 0, "x");
                struct y { _Static_assert(1, "in record"); int a; };
                """);
        assertThat(p.errors()).isEmpty();
        assertThat(p.typedef("__s64").type()).isEqualTo(new CType.Scalar(ScalarKind.LONG_LONG));
        assertThat(p.fieldType("struct x", "d")).isEqualTo("int");
        assertThat(p.fieldType("struct x", "e")).isEqualTo("__s64 *");
        assertThat(p.record("struct y").fields()).hasSize(1);
    }

    /**
     * glibc's long-double redirects ({@code __LDBL_REDIR1_DECL}, on ppc64el and s390x) declare a name with
     * the type of one declared before: {@code __typeof (name)} of a function or variable is that type;
     * typeof of any other expression stays an error.
     */
    @Test
    void typeofADeclaredFunctionOrVariableIsItsType() {
        Parsed p = Parsed.of("""
                extern double strtod (const char *__nptr, char **__endptr);
                extern __typeof (strtod) strtold __asm ("__strtoieee128");
                extern int counter;
                extern __typeof (counter) second;
                """);
        assertThat(p.errors()).isEmpty();
        FunctionDecl strtold = (FunctionDecl) p.declarations().get(1);
        assertThat(strtold.name()).isEqualTo("strtold");
        assertThat(strtold.symbol()).isEqualTo("__strtoieee128");
        assertThat(strtold.type().parameters()).extracting(CType::spelling).containsExactly("char *", "char * *");
        assertThat(((VariableDecl) p.declarations().get(3)).type().spelling()).isEqualTo("int");

        Parsed bad = Parsed.of("extern __typeof (1 + 2) x;\n");
        assertThat(bad.errors()).singleElement().asString().contains("[unsupported-typeof]");
    }

    @Test
    void prototypesAndExternVariablesAreModelledDefinitionsSkipped() {
        Parsed p = Parsed.of("""
                extern int socket (int __domain, int __type, int __protocol) __attribute__ ((__nothrow__ , __leaf__));
                extern int bind (int __fd, const struct sockaddr * __addr, unsigned int __len) __asm__ ("" "bind64") __attribute__((__nonnull__ (1)));
                static __inline__ int twice(int x) { if (x) { return x * 2; } return ({ int y = x; y; }); }
                extern __inline __attribute__ ((__gnu_inline__)) int g(void) { return 0; }
                extern char *optarg;
                int counter = 3, limits[2] = { 1, 2 };
                void (*signal(int sig, void (*func)(int)))(int);
                int kr(a, b);
                extern int printf(const char *__restrict __format, ...) __attribute__((__deprecated__, __warn_unused_result__));
                extern __thread int tls;
                static int hidden(int);
                """);
        assertThat(p.errors()).isEmpty();
        assertThat(p.declarations()).extracting(d -> d instanceof FunctionDecl f ? f.name()
                : ((VariableDecl) d).name()).containsExactly("socket", "bind", "optarg", "signal", "printf");
        FunctionDecl socket = (FunctionDecl) p.declarations().get(0);
        assertThat(socket.parameterNames()).containsExactly("__domain", "__type", "__protocol");
        assertThat(socket.symbol()).isEqualTo("socket");
        assertThat(socket.type().variadic()).isFalse();
        FunctionDecl bind = (FunctionDecl) p.declarations().get(1);
        assertThat(bind.symbol()).isEqualTo("bind64");
        assertThat(bind.attributes()).containsExactly("nonnull");
        assertThat(bind.type().parameters()).extracting(CType::spelling)
                .containsExactly("int", "struct sockaddr *", "unsigned int");
        VariableDecl optarg = (VariableDecl) p.declarations().get(2);
        assertThat(optarg.type().spelling()).isEqualTo("char *");
        FunctionDecl signal = (FunctionDecl) p.declarations().get(3);
        assertThat(signal.parameterNames()).containsExactly("sig", "func");
        assertThat(signal.type().returnType()).isInstanceOf(CType.Pointer.class);
        assertThat(((CType.Pointer) signal.type().parameters().get(1)).pointee()).isInstanceOf(CType.Function.class);
        FunctionDecl printf = (FunctionDecl) p.declarations().get(4);
        assertThat(printf.type().variadic()).isTrue();
        assertThat(printf.deprecated()).isTrue();
        assertThat(printf.attributes()).containsExactly("deprecated", "warn_unused_result");
        assertThat(p.skipped()).extracting(s -> s.name() + " " + s.kind() + " " + s.code()).containsExactly(
                "twice INLINE_FUNCTION inline-function", "g INLINE_FUNCTION inline-function",
                "counter VARIABLE variable-definition", "limits VARIABLE variable-definition",
                "kr FUNCTION not-a-prototype", "tls VARIABLE thread-local", "hidden FUNCTION static-function");
    }

    @Test
    void recordDefinedInsideOtherDeclarations() {
        Parsed p = Parsed.of("""
                enum { SZ = sizeof(struct inside_sizeof { int a; long b; } *) };
                extern struct in_proto { int a; } *fn(struct in_param { char c; } *p);
                """);
        assertThat(p.errors()).isEmpty();
        assertThat(p.record("struct inside_sizeof").fields()).hasSize(2);
        assertThat(p.record("struct in_proto").fields()).hasSize(1);
        // a tag defined in a parameter list is not visible outside the prototype (gcc warns so)
        assertThat(p.declarations()).noneMatch(d -> d instanceof RecordDecl r && r.key().equals("struct in_param"));
    }
}
