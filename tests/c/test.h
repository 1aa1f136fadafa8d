#ifndef ND_TEST_H
#define ND_TEST_H

/* A minimal C test harness in libuv's style: each TEST(name) registers itself in a table
 * (through test_list.h); the runner executes one test per process. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEST(name) int test_##name(void)

#define ASSERT(cond)                                                                               \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__, __LINE__, #cond);                 \
      return 1;                                                                                    \
    }                                                                                              \
  } while (0)

#define ASSERT_EQ(a, b) ASSERT((a) == (b))
#define ASSERT_STR_EQ(a, b)                                                                        \
  do {                                                                                             \
    const char *a_ = (a), *b_ = (b);                                                               \
    if (strcmp(a_, b_) != 0) {                                                                     \
      fprintf(stderr, "%s:%d: \"%s\" != \"%s\"\n", __FILE__, __LINE__, a_, b_);                    \
      return 1;                                                                                    \
    }                                                                                              \
  } while (0)

#endif
