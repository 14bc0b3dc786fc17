/* jbindgen built-in: <stddef.h>. Like a compiler's, it honours __need_size_t and friends. */
#if !defined(__need_size_t) && !defined(__need_ptrdiff_t) && !defined(__need_wchar_t) \
    && !defined(__need_NULL) && !defined(__need_wint_t) && !defined(__need_max_align_t)
#define __jbg_stddef_all 1
#define _STDDEF_H 1
#endif

#if defined(__jbg_stddef_all) || defined(__need_size_t)
#ifndef __jbg_size_t
#define __jbg_size_t 1
typedef __SIZE_TYPE__ size_t;
#endif
#endif

#if defined(__jbg_stddef_all) || defined(__need_ptrdiff_t)
#ifndef __jbg_ptrdiff_t
#define __jbg_ptrdiff_t 1
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#endif
#endif

#if defined(__jbg_stddef_all) || defined(__need_wchar_t)
#ifndef __jbg_wchar_t
#define __jbg_wchar_t 1
typedef __WCHAR_TYPE__ wchar_t;
#endif
#endif

#if defined(__need_wint_t)
#ifndef __jbg_wint_t
#define __jbg_wint_t 1
typedef __WINT_TYPE__ wint_t;
#endif
#endif

#if defined(__jbg_stddef_all) || defined(__need_NULL)
#undef NULL
#define NULL ((void *)0)
#endif

#if defined(__jbg_stddef_all) || defined(__need_max_align_t)
#ifndef __jbg_max_align_t
#define __jbg_max_align_t 1
typedef struct {
	long long __max_align_ll __attribute__((__aligned__(__alignof__(long long))));
	long double __max_align_ld __attribute__((__aligned__(__alignof__(long double))));
} max_align_t;
#endif
#endif

#ifdef __jbg_stddef_all
#undef offsetof
#define offsetof(TYPE, MEMBER) __builtin_offsetof(TYPE, MEMBER)
#undef __jbg_stddef_all
#endif

#undef __need_size_t
#undef __need_ptrdiff_t
#undef __need_wchar_t
#undef __need_NULL
#undef __need_wint_t
#undef __need_max_align_t
