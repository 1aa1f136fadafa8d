# nodus build. `make` installs missing Debian packages (tools/deps.sh), then builds
# build/nodus. `make test` runs every test layer; `make asan` builds with AddressSanitizer
# and UndefinedBehaviorSanitizer into build-asan/ and runs the same tests with it.

BUILD   ?= build
SAN     ?=
CC      ?= cc
PKGS    := javascriptcoregtk-4.1 libuv libcrypto icu-uc zlib libbrotlienc libbrotlidec
PYTHON  ?= python3

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

WARN    := -Wall -Wextra -Wno-unused-parameter -Wshadow=local -Wstrict-prototypes
OPT     := -O2 -g
ifeq ($(SAN),1)
OPT     := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
endif
JSC_VER := $(shell pkg-config --modversion javascriptcoregtk-4.1 2>/dev/null)
CFLAGS  += -std=gnu11 -D_GNU_SOURCE $(OPT) $(WARN) -MMD -MP -Isrc -I$(BUILD)/gen $(PKG_CFLAGS) \
           -DND_JSC_VERSION='"$(JSC_VER)"' 
LDFLAGS += $(filter -fsanitize=%,$(OPT))
LDLIBS  += $(PKG_LIBS) -lm -lpthread -ldl

SRCS    := $(wildcard src/*.c src/bindings/*.c)
OBJS    := $(SRCS:%.c=$(BUILD)/%.o) $(BUILD)/gen/builtins.o
LIB_JS  := $(shell find lib -name '*.js' | sort)
VERSION := $(shell sed -n 's/^\#define ND_VERSION "\(.*\)"/\1/p' src/version.h)

.PHONY: all deps test test-compat test-unit test-c asan bench node-suite clean format golden fuzz

all: deps $(BUILD)/nodus

deps: $(BUILD)/.deps-ok

$(BUILD)/.deps-ok: tools/deps.sh
	@./tools/deps.sh
	@mkdir -p $(BUILD) && touch $@

$(BUILD)/nodus: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/%.o: %.c | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

# The embedded library. js2c rewrites the output only when it changed.
$(BUILD)/tools/js2c: tools/js2c.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -Wall -Wextra -o $@ $<

$(BUILD)/gen/builtins.stamp: $(BUILD)/tools/js2c $(LIB_JS) tools/startup-modules.txt Makefile
	@mkdir -p $(dir $@)
	@echo "  JS2C  $(words $(LIB_JS)) modules"
	@$(BUILD)/tools/js2c --first tools/startup-modules.txt $(BUILD)/gen/builtins.c lib $(LIB_JS)
	@touch $@

# An empty recipe makes make re-read builtins.c's time after js2c ran, so the object is
# rebuilt in the same run when the generated source changed.
$(BUILD)/gen/builtins.c: $(BUILD)/gen/builtins.stamp ;

$(BUILD)/gen/builtins.o: $(BUILD)/gen/builtins.c src/builtins_table.h
	$(CC) $(filter-out -g,$(CFLAGS)) -O0 -c -o $@ $<

$(OBJS): | $(BUILD)/gen/builtins.stamp

# Tests: golden differential cases, JS unit tests, C unit tests and the node-suite list.
test: all $(BUILD)/test-c
	@$(PYTHON) tests/run.py --nodus $(BUILD)/nodus --c-tests $(BUILD)/test-c

test-compat: all
	@$(PYTHON) tests/run.py --nodus $(BUILD)/nodus --only compat

test-unit: all
	@$(PYTHON) tests/run.py --nodus $(BUILD)/nodus --only unit

C_TEST_SRCS := $(wildcard tests/c/*.c)
$(BUILD)/test-c: $(C_TEST_SRCS) $(filter-out $(BUILD)/src/main.o,$(OBJS))
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(C_TEST_SRCS) $(filter-out $(BUILD)/src/main.o,$(OBJS)) $(LDLIBS)

asan:
	$(MAKE) BUILD=build-asan SAN=1 all build-asan/test-c
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$(PYTHON) tests/run.py --nodus build-asan/nodus --c-tests build-asan/test-c --timeout-scale 4

# libFuzzer targets (clang): the UTF-8 decoder, the URL parser, the zlib engine and the
# base64 decoder.
# FUZZ_TIME bounds each run (seconds).
FUZZ_TIME ?= 60
fuzz: deps
	@mkdir -p build-fuzz build-fuzz/corpus-url build-fuzz/corpus-zlib
	clang -g -O1 -fsanitize=fuzzer,address,undefined -D_GNU_SOURCE -Isrc $(PKG_CFLAGS) \
	  -o build-fuzz/fuzz_utf8 tests/fuzz/fuzz_utf8.c src/js.c $(PKG_LIBS)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -D_GNU_SOURCE -Isrc \
	  $(shell pkg-config --cflags icu-uc) -o build-fuzz/fuzz_url tests/fuzz/fuzz_url.c \
	  $(shell pkg-config --libs icu-uc)
	./build-fuzz/fuzz_utf8 -max_total_time=$(FUZZ_TIME) -max_len=4096
	./build-fuzz/fuzz_url -max_total_time=$(FUZZ_TIME) -max_len=4096 build-fuzz/corpus-url
	clang -g -O1 -fsanitize=fuzzer,address,undefined -D_GNU_SOURCE -Isrc -o build-fuzz/fuzz_zlib \
	  tests/fuzz/fuzz_zlib.c src/bindings/zlib_stream.c \
	  $(shell pkg-config --libs zlib libbrotlienc libbrotlidec) -lm
	./build-fuzz/fuzz_zlib -max_total_time=$(FUZZ_TIME) -max_len=4096 build-fuzz/corpus-zlib \
	  tests/fuzz/corpus-zlib
	clang -g -O1 -fsanitize=fuzzer,address,undefined -D_GNU_SOURCE -Isrc -o build-fuzz/fuzz_base64 \
	  tests/fuzz/fuzz_base64.c src/base64.c -lpthread
	./build-fuzz/fuzz_base64 -max_total_time=$(FUZZ_TIME) -max_len=4096

# Regenerates tests/compat/*.out with the real node on this machine.
golden:
	@$(PYTHON) tests/run.py --regenerate

# Side-by-side benchmarks against node (bench/README.md); e.g. BENCH_ARGS='--only timers'.
bench: all
	@$(PYTHON) bench/run.py --nodus $(BUILD)/nodus $(BENCH_ARGS)

# node's test/parallel (docs/node-suite.md): the tests in tests/node-suite/passing.txt, or
# e.g. NODE_SUITE_ARGS=--all for the whole yardstick with per-module pass rates.
node-suite: all
	@$(PYTHON) tests/node-suite/run.py --nodus $(BUILD)/nodus $(NODE_SUITE_ARGS)
npm-compat: all  # real npm packages against node (tests/npm/run.py; needs npm on first run)
	@$(PYTHON) tests/npm/run.py --nodus $(BUILD)/nodus

format:
	clang-format -i $(SRCS) src/*.h src/bindings/*.h tools/js2c.c

clean:
	rm -rf build build-asan build-fuzz

-include $(OBJS:.o=.d)
