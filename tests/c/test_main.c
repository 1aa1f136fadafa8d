/* Runs the C tests: `test-c --list` prints their names, `test-c NAME` runs one. */
#include "test.h"
#include "test_list.h"

#define DECLARE(name) int test_##name(void);
ND_C_TESTS(DECLARE)
#undef DECLARE

typedef struct {
  const char *name;
  int (*fn)(void);
} test_entry_t;

#define ENTRY(name) {#name, test_##name},
static const test_entry_t tests[] = {ND_C_TESTS(ENTRY)};
#undef ENTRY

int main(int argc, char **argv) {
  size_t count = sizeof tests / sizeof tests[0];
  if (argc == 2 && strcmp(argv[1], "--list") == 0) {
    for (size_t i = 0; i < count; i++)
      printf("%s\n", tests[i].name);
    return 0;
  }
  int failures = 0;
  for (size_t i = 0; i < count; i++) {
    if (argc == 2 && strcmp(argv[1], tests[i].name) != 0)
      continue;
    int r = tests[i].fn();
    if (argc != 2)
      printf("%s %s\n", r == 0 ? "ok" : "FAIL", tests[i].name);
    failures += r != 0;
  }
  return failures != 0;
}
