#ifndef ND_VERSION_H
#define ND_VERSION_H

/* The nodus release, and the Node.js release line whose API nodus implements
 * (process.version reports the latter, because npm packages test it). */
#define ND_VERSION "0.1.0"
#define ND_NODE_VERSION "22.12.0"

/* process.arch, in node's names. */
#if defined(__x86_64__)
#define ND_ARCH "x64"
#elif defined(__aarch64__)
#define ND_ARCH "arm64"
#elif defined(__i386__)
#define ND_ARCH "ia32"
#elif defined(__arm__)
#define ND_ARCH "arm"
#elif defined(__riscv) && __riscv_xlen == 64
#define ND_ARCH "riscv64"
#elif defined(__powerpc64__)
#define ND_ARCH "ppc64"
#elif defined(__s390x__)
#define ND_ARCH "s390x"
#else
#define ND_ARCH "unknown"
#endif

/* Set by the Makefile from pkg-config. */
#ifndef ND_JSC_VERSION
#define ND_JSC_VERSION "unknown"
#endif

#endif
