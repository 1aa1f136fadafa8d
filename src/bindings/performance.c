/*
 * performance: the native half of node:perf_hooks.
 *
 * - The clock. performance.now() is the one hot call: it costs a single crossing that
 *   reads uv_hrtime() and returns milliseconds since the time origin, recorded when the
 *   runtime created its loop (nd_performance_init_loop).
 * - Loop metrics. The loop is configured with UV_METRICS_IDLE_TIME before it first runs,
 *   so uv_metrics_idle_time() reports the time spent waiting in poll (what
 *   performance.eventLoopUtilization() needs). An unreferenced prepare handle records when
 *   the loop started and counts its iterations. Milestones live in a Float64Array over
 *   C memory, so JavaScript reads them without crossing.
 * - Histograms. A high-dynamic-range histogram (the HdrHistogram layout: buckets of
 *   sub-buckets whose width doubles from one bucket to the next, so every recorded value
 *   keeps the configured number of significant decimal digits), behind
 *   createHistogram() and monitorEventLoopDelay(). The event-loop-delay histogram is fed
 *   by a libuv timer in C, without entering JavaScript.
 *
 * Every histogram function takes the handle (an object of the histogram class) as its
 * first argument; JavaScript validates the other arguments.
 */
#include "../runtime.h"
#include "bindings.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---------------------------------------------------------------------------------------
 * Clock and loop milestones. */

enum {
  MILESTONE_NODE_START,
  MILESTONE_V8_START,
  MILESTONE_ENVIRONMENT,
  MILESTONE_BOOTSTRAP_COMPLETE,
  MILESTONE_LOOP_START,
  MILESTONE_LOOP_EXIT,
  MILESTONE_COUNT
};

/* The time origin is the process's (workers share it, as in node); milestones and loop
 * metrics are per thread. */
static uv_once_t origin_once = UV_ONCE_INIT;
static uint64_t origin_ns;                /* uv_hrtime() at the time origin */
static double origin_wall_ms;             /* the same moment on the wall clock (Unix ms) */
static __thread bool milestones_ready;
static __thread double milestones[MILESTONE_COUNT];
static __thread uv_loop_t *metrics_loop;  /* the loop configured for idle-time metrics */
static __thread uv_prepare_t loop_prepare;
static __thread double loop_count;        /* iterations of the loop so far */

static double since_origin_ms(uint64_t t) {
  return (double)(t - origin_ns) / 1e6;
}

static void on_loop_prepare(uv_prepare_t *handle) {
  if (milestones[MILESTONE_LOOP_START] < 0)
    milestones[MILESTONE_LOOP_START] = since_origin_ms(uv_hrtime());
  loop_count++;
}

static void take_origin(void) {
  origin_ns = uv_hrtime();
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  /* Microsecond precision, like node's timeOrigin. */
  origin_wall_ms = (double)((int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000) / 1e3;
}

static void record_origin(void) {
  uv_once(&origin_once, take_origin);
  if (milestones_ready)
    return;
  milestones_ready = true;
  for (int i = 0; i < MILESTONE_COUNT; i++)
    milestones[i] = -1;
  milestones[MILESTONE_NODE_START] = 0;
}

void nd_performance_init_loop(uv_loop_t *loop) {
  if (metrics_loop != NULL)
    return;
  record_origin();
  /* The engine and the environment are created right after the loop. */
  milestones[MILESTONE_V8_START] = since_origin_ms(uv_hrtime());
  milestones[MILESTONE_ENVIRONMENT] = milestones[MILESTONE_V8_START];
  uv_loop_configure(loop, UV_METRICS_IDLE_TIME);
  metrics_loop = loop;
  uv_prepare_init(loop, &loop_prepare);
  uv_prepare_start(&loop_prepare, on_loop_prepare);
  uv_unref((uv_handle_t *)&loop_prepare);
}

/* now() -> milliseconds since the time origin. */
static ND_FUNCTION(js_now) {
  return JSValueMakeNumber(ctx, since_origin_ms(uv_hrtime()));
}

/* loopIdleTime() -> milliseconds the loop has spent waiting for events. */
static ND_FUNCTION(js_loop_idle_time) {
  if (metrics_loop == NULL)
    return JSValueMakeNumber(ctx, 0);
  return JSValueMakeNumber(ctx, (double)uv_metrics_idle_time(metrics_loop) / 1e6);
}

/* loopCount() -> iterations of the loop so far. */
static ND_FUNCTION(js_loop_count) {
  return JSValueMakeNumber(ctx, loop_count);
}

/* ---------------------------------------------------------------------------------------
 * The histogram. Values are positive 64-bit integers. A value v falls in bucket b, whose
 * sub-buckets are 2^(b + unit_magnitude) wide; bucket 0 has sub_bucket_count sub-buckets,
 * every later bucket only its upper half (the lower half would duplicate the previous
 * bucket), which is why counts_len is (bucket_count + 1) * half. */

typedef struct {
  int64_t lowest, highest;
  int32_t figures;
  int32_t unit_magnitude;
  int32_t half_count_magnitude;  /* log2(sub_bucket_half_count) */
  int32_t sub_bucket_count, sub_bucket_half_count;
  int64_t sub_bucket_mask;
  int32_t counts_len;
  int64_t total_count;
  int64_t min_value, max_value;  /* raw extremes; min ignores zero */
  int64_t exceeds;               /* values above `highest` or outside the buckets */
  uint64_t prev_delta;           /* uv_hrtime() of the last recordDelta(), 0 if none */
  int64_t *counts;
} hdr_t;

/* Fills in the layout; -1 when the parameters need more than 62 bits of magnitude. */
static int hdr_init(hdr_t *h, int64_t lowest, int64_t highest, int figures) {
  memset(h, 0, sizeof *h);
  double largest_single_unit = 2.0 * pow(10.0, figures);
  int32_t count_magnitude = (int32_t)ceil(log(largest_single_unit) / log(2));
  h->half_count_magnitude = (count_magnitude > 1 ? count_magnitude : 1) - 1;
  h->unit_magnitude = (int32_t)floor(log((double)lowest) / log(2));
  h->sub_bucket_count = (int32_t)1 << (h->half_count_magnitude + 1);
  h->sub_bucket_half_count = h->sub_bucket_count / 2;
  h->sub_bucket_mask = ((int64_t)h->sub_bucket_count - 1) << h->unit_magnitude;
  if (h->unit_magnitude + h->half_count_magnitude > 61)
    return -1;
  int64_t untrackable = (int64_t)h->sub_bucket_count << h->unit_magnitude;
  int32_t buckets = 1;
  while (untrackable <= highest) {
    if (untrackable > INT64_MAX / 2) {
      buckets++;
      break;
    }
    untrackable <<= 1;
    buckets++;
  }
  h->counts_len = (buckets + 1) * h->sub_bucket_half_count;
  h->lowest = lowest;
  h->highest = highest;
  h->figures = figures;
  h->min_value = INT64_MAX;
  h->counts = calloc((size_t)h->counts_len, sizeof *h->counts);
  return h->counts == NULL ? -1 : 0;
}

static int32_t bucket_of(const hdr_t *h, int64_t v) {
  int32_t bits = 64 - __builtin_clzll((uint64_t)(v | h->sub_bucket_mask));
  return bits - h->unit_magnitude - (h->half_count_magnitude + 1);
}

static int32_t sub_bucket_of(const hdr_t *h, int64_t v, int32_t bucket) {
  return (int32_t)(v >> (bucket + h->unit_magnitude));
}

static int64_t index_of(const hdr_t *h, int64_t v) {
  int32_t bucket = bucket_of(h, v);
  int32_t sub = sub_bucket_of(h, v, bucket);
  return ((int64_t)(bucket + 1) << h->half_count_magnitude) + (sub - h->sub_bucket_half_count);
}

/* The smallest value counted at index i. */
static int64_t value_at(const hdr_t *h, int32_t i) {
  int32_t bucket = (i >> h->half_count_magnitude) - 1;
  int32_t sub = (i & (h->sub_bucket_half_count - 1)) + h->sub_bucket_half_count;
  if (bucket < 0) {
    sub -= h->sub_bucket_half_count;
    bucket = 0;
  }
  return (int64_t)sub << (bucket + h->unit_magnitude);
}

/* The width of the sub-bucket v falls in. */
static int64_t range_width(const hdr_t *h, int64_t v) {
  int32_t bucket = bucket_of(h, v);
  int32_t sub = sub_bucket_of(h, v, bucket);
  int32_t adjusted = sub >= h->sub_bucket_count ? bucket + 1 : bucket;
  return (int64_t)1 << (h->unit_magnitude + adjusted);
}

static int64_t lowest_equivalent(const hdr_t *h, int64_t v) {
  int32_t bucket = bucket_of(h, v);
  return (int64_t)sub_bucket_of(h, v, bucket) << (bucket + h->unit_magnitude);
}

static int64_t highest_equivalent(const hdr_t *h, int64_t v) {
  return lowest_equivalent(h, v) + range_width(h, v) - 1;
}

static int64_t median_equivalent(const hdr_t *h, int64_t v) {
  return lowest_equivalent(h, v) + (range_width(h, v) >> 1);
}

/* Counts v n times; false when v has no bucket. */
static bool hdr_add_count(hdr_t *h, int64_t v, int64_t n) {
  if (v < 0)
    return false;
  int64_t i = index_of(h, v);
  if (i < 0 || i >= h->counts_len)
    return false;
  h->counts[i] += n;
  h->total_count += n;
  if (v != 0 && v < h->min_value)
    h->min_value = v;
  if (v > h->max_value)
    h->max_value = v;
  return true;
}

/* Records one value, counting it as exceeding when it is above the configured highest
 * trackable value (even where a bucket would hold it, as node does). */
static void hdr_record(hdr_t *h, int64_t v) {
  if (v > h->highest || !hdr_add_count(h, v, 1))
    h->exceeds++;
}

static void hdr_record_delta(hdr_t *h) {
  uint64_t t = uv_hrtime();
  if (h->prev_delta != 0) {
    int64_t delta = (int64_t)(t - h->prev_delta);
    if (delta > 0)
      hdr_record(h, delta);
  }
  h->prev_delta = t;
}

static void hdr_reset(hdr_t *h) {
  memset(h->counts, 0, (size_t)h->counts_len * sizeof *h->counts);
  h->total_count = 0;
  h->min_value = INT64_MAX;
  h->max_value = 0;
  h->exceeds = 0;
  h->prev_delta = 0;
}

static int64_t hdr_min(const hdr_t *h) {
  if (h->counts[0] > 0)
    return 0;
  if (h->min_value == INT64_MAX)
    return INT64_MAX;
  return lowest_equivalent(h, h->min_value);
}

static int64_t hdr_max(const hdr_t *h) {
  return h->max_value == 0 ? 0 : highest_equivalent(h, h->max_value);
}

/* Each recorded value stands for the middle of its sub-bucket. */
static double hdr_mean(const hdr_t *h) {
  int64_t total = 0, seen = 0;
  for (int32_t i = 0; i < h->counts_len && seen < h->total_count; i++) {
    if (h->counts[i] == 0)
      continue;
    seen += h->counts[i];
    total += h->counts[i] * median_equivalent(h, value_at(h, i));
  }
  return (double)total / (double)h->total_count;
}

static double hdr_stddev(const hdr_t *h) {
  double mean = hdr_mean(h);
  double sum = 0;
  int64_t seen = 0;
  for (int32_t i = 0; i < h->counts_len && seen < h->total_count; i++) {
    if (h->counts[i] == 0)
      continue;
    seen += h->counts[i];
    double dev = (double)median_equivalent(h, value_at(h, i)) - mean;
    sum += dev * dev * (double)h->counts[i];
  }
  return sqrt(sum / (double)h->total_count);
}

/* The largest value (the top of its sub-bucket) below which `percentile` percent of the
 * recorded values fall. */
static int64_t hdr_percentile(const hdr_t *h, double percentile) {
  double p = percentile < 100.0 ? percentile : 100.0;
  int64_t wanted = (int64_t)((p / 100) * (double)h->total_count + 0.5);
  if (wanted < 1)
    wanted = 1;
  int64_t seen = 0, v = 0;
  for (int32_t i = 0; i < h->counts_len; i++) {
    seen += h->counts[i];
    if (seen >= wanted) {
      v = value_at(h, i);
      break;
    }
  }
  return percentile == 0.0 ? lowest_equivalent(h, v) : highest_equivalent(h, v);
}

/* Walks the distribution in percentile steps that halve as they approach 100 (0, 50, 75,
 * 87.5, ...), calling emit(percentile, value) with the lowest value of the sub-bucket that
 * reaches each step, then once more for 100. */
typedef void (*percentile_fn)(void *data, double percentile, int64_t value);

static void hdr_percentiles(const hdr_t *h, percentile_fn emit, void *data) {
  int64_t total = h->total_count, cumulative = 0, count = 0, value = 0;
  int32_t i = -1;
  double next = 0.0;
  while (cumulative < total) {
    bool reported = false;
    for (;;) {
      if (i >= 0) {
        double reached = 100.0 * (double)cumulative / (double)total;
        if (count != 0 && next <= reached) {
          emit(data, next, value);
          int64_t exponent = (int64_t)(log(100 / (100.0 - next)) / log(2)) + 1;
          int64_t ticks = (int64_t)pow(2, (double)exponent);
          next += 100.0 / (double)ticks;
          reported = true;
          break;
        }
      }
      if (cumulative >= total || i + 1 >= h->counts_len)
        break;
      i++;
      count = h->counts[i];
      cumulative += count;
      value = value_at(h, i);
    }
    if (!reported)
      break;
  }
  emit(data, 100.0, value);
}

/* ---------------------------------------------------------------------------------------
 * Histogram handles.
 *
 * The counts live in a reference-counted, locked `shared_t`: as in node, a histogram sent
 * in a message (to this thread or another) is the same histogram on the receiving side.
 * Each JavaScript handle holds one reference; a message holds one from share() until the
 * receiver adopts it (a message that is never received keeps its histogram alive).
 *
 * An event-loop-delay handle runs a timer on its thread's loop while enabled; the timer
 * exists only then (disable() closes it), and the handle is pinned meanwhile, so a
 * collected handle normally has no timer. One that is still enabled when its thread's
 * runtime is torn down finds the timer closed by the teardown and leaves it. */

typedef struct {
  hdr_t hdr;
  uv_mutex_t lock;
  int refs; /* atomic */
} shared_t;

typedef struct {
  shared_t *shared;
  bool is_monitor;      /* monitorEventLoopDelay()'s */
  uint64_t resolution_ms;
  uv_timer_t *timer;    /* while enabled; timer->data points back here */
  JSObjectRef pinned;   /* the handle while enabled (JSValueProtect) */
} histogram_t;

static JSClassRef histogram_class;

static shared_t *new_shared(int64_t lowest, int64_t highest, int figures) {
  shared_t *shared = calloc(1, sizeof *shared);
  if (shared == NULL)
    return NULL;
  if (hdr_init(&shared->hdr, lowest, highest, figures) != 0 || uv_mutex_init(&shared->lock) != 0) {
    free(shared->hdr.counts);
    free(shared);
    return NULL;
  }
  shared->refs = 1;
  return shared;
}

static void retain(shared_t *shared) {
  __atomic_fetch_add(&shared->refs, 1, __ATOMIC_RELAXED);
}

static void release(shared_t *shared) {
  if (__atomic_sub_fetch(&shared->refs, 1, __ATOMIC_ACQ_REL) != 0)
    return;
  uv_mutex_destroy(&shared->lock);
  free(shared->hdr.counts);
  free(shared);
}

static void free_histogram(histogram_t *hist) {
  release(hist->shared);
  free(hist);
}

static void free_timer(uv_handle_t *handle) {
  free(handle);
}

static void finalize_histogram(JSObjectRef object) {
  histogram_t *hist = JSObjectGetPrivate(object);
  if (hist == NULL)
    return;
  if (hist->timer != NULL) {
    hist->timer->data = NULL;
    if (!uv_is_closing((uv_handle_t *)hist->timer))
      uv_close((uv_handle_t *)hist->timer, free_timer);
  }
  free_histogram(hist);
}

/* A new handle over shared (taking over one reference), or NULL. */
static JSObjectRef wrap_shared(JSContextRef ctx, shared_t *shared) {
  histogram_t *hist = calloc(1, sizeof *hist);
  if (hist == NULL)
    return NULL;
  hist->shared = shared;
  return JSObjectMake(ctx, histogram_class, hist);
}

/* The histogram behind a handle, locked; NULL with ERR_INVALID_THIS thrown. Unlock with
 * uv_mutex_unlock(&shared->lock). */
static shared_t *lock_handle(JSContextRef ctx, JSValueRef value, JSValueRef *exc) {
  if (JSValueIsObjectOfClass(ctx, value, histogram_class)) {
    histogram_t *hist = JSObjectGetPrivate((JSObjectRef)value);
    if (hist != NULL) {
      uv_mutex_lock(&hist->shared->lock);
      return hist->shared;
    }
  }
  nd_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type Histogram");
  return NULL;
}

static JSValueRef make_int64(JSContextRef ctx, int64_t v, bool bigint) {
  if (bigint)
    return JSBigIntCreateWithInt64(ctx, v, NULL);
  return JSValueMakeNumber(ctx, (double)v);
}

static JSValueRef out_of_memory(JSContextRef ctx, JSValueRef *exc) {
  return nd_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED", "Out of memory");
}

/* create(lowest, highest, figures) -> handle (arguments validated by JavaScript). */
static ND_FUNCTION(js_create) {
  shared_t *shared = new_shared(nd_int(ctx, ND_ARG(0)), nd_int(ctx, ND_ARG(1)),
                                (int)nd_int(ctx, ND_ARG(2)));
  if (shared == NULL)
    return nd_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE",
                    "Histogram parameters are out of range");
  JSObjectRef handle = wrap_shared(ctx, shared);
  if (handle == NULL) {
    release(shared);
    return out_of_memory(ctx, exc);
  }
  return handle;
}

/* record(h, value): value is a positive integer Number, validated by JavaScript. */
static ND_FUNCTION(js_record) {
  shared_t *shared = lock_handle(ctx, ND_ARG(0), exc);
  if (shared == NULL)
    return JSValueMakeUndefined(ctx);
  hdr_record(&shared->hdr, nd_int(ctx, ND_ARG(1)));
  uv_mutex_unlock(&shared->lock);
  return JSValueMakeUndefined(ctx);
}

/* recordBatch(h, values, n): records the first n values of a Float64Array (positive
 * integers, validated by JavaScript) under one lock. */
static ND_FUNCTION(js_record_batch) {
  JSValueRef array = ND_ARG(1);
  int64_t n = nd_int(ctx, ND_ARG(2));
  if (!JSValueIsObject(ctx, array) ||
      JSValueGetTypedArrayType(ctx, array, NULL) != kJSTypedArrayTypeFloat64Array)
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "values must be a Float64Array");
  size_t length = JSObjectGetTypedArrayLength(ctx, (JSObjectRef)array, NULL);
  size_t offset = JSObjectGetTypedArrayByteOffset(ctx, (JSObjectRef)array, NULL);
  if (n < 0 || (uint64_t)n > length)
    return JSValueMakeUndefined(ctx);
  shared_t *shared = lock_handle(ctx, ND_ARG(0), exc);
  if (shared == NULL)
    return JSValueMakeUndefined(ctx);
  /* The bytes pointer is only valid until the next engine call: take it last. */
  const char *base = JSObjectGetTypedArrayBytesPtr(ctx, (JSObjectRef)array, NULL);
  if (base != NULL) {
    const double *values = (const double *)(base + offset);
    for (int64_t i = 0; i < n; i++)
      hdr_record(&shared->hdr, (int64_t)values[i]);
  }
  uv_mutex_unlock(&shared->lock);
  return JSValueMakeUndefined(ctx);
}

/* recordExceeds(h): counts one value that cannot be recorded (a BigInt above highest). */
static ND_FUNCTION(js_record_exceeds) {
  shared_t *shared = lock_handle(ctx, ND_ARG(0), exc);
  if (shared == NULL)
    return JSValueMakeUndefined(ctx);
  shared->hdr.exceeds++;
  uv_mutex_unlock(&shared->lock);
  return JSValueMakeUndefined(ctx);
}

/* recordDelta(h): records the nanoseconds since the previous call (nothing the first time). */
static ND_FUNCTION(js_record_delta) {
  shared_t *shared = lock_handle(ctx, ND_ARG(0), exc);
  if (shared == NULL)
    return JSValueMakeUndefined(ctx);
  hdr_record_delta(&shared->hdr);
  uv_mutex_unlock(&shared->lock);
  return JSValueMakeUndefined(ctx);
}

/* add(h, other): adds other's recorded values and exceeds count to h. */
static ND_FUNCTION(js_add) {
  shared_t *from = lock_handle(ctx, ND_ARG(1), exc);
  if (from == NULL)
    return JSValueMakeUndefined(ctx);
  /* Copy other's counts first (under its lock only): h and other may be the same. */
  int64_t exceeds = from->hdr.exceeds, total = from->hdr.total_count;
  int32_t len = from->hdr.counts_len;
  hdr_t layout = from->hdr;
  int64_t *counts = malloc((size_t)len * sizeof *counts);
  if (counts != NULL)
    memcpy(counts, from->hdr.counts, (size_t)len * sizeof *counts);
  uv_mutex_unlock(&from->lock);
  if (counts == NULL)
    return out_of_memory(ctx, exc);
  shared_t *to = lock_handle(ctx, ND_ARG(0), exc);
  if (to == NULL) {
    free(counts);
    return JSValueMakeUndefined(ctx);
  }
  int64_t seen = 0;
  for (int32_t i = 0; i < len && seen < total; i++) {
    if (counts[i] == 0)
      continue;
    seen += counts[i];
    hdr_add_count(&to->hdr, value_at(&layout, i), counts[i]);
  }
  to->hdr.exceeds += exceeds;
  uv_mutex_unlock(&to->lock);
  free(counts);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_reset) {
  shared_t *shared = lock_handle(ctx, ND_ARG(0), exc);
  if (shared == NULL)
    return JSValueMakeUndefined(ctx);
  hdr_reset(&shared->hdr);
  uv_mutex_unlock(&shared->lock);
  return JSValueMakeUndefined(ctx);
}

enum { STAT_COUNT, STAT_MIN, STAT_MAX, STAT_EXCEEDS, STAT_MEAN, STAT_STDDEV };

/* stat(h, which, bigint) -> the statistic, as a Number or (for the integer ones) a BigInt. */
static ND_FUNCTION(js_stat) {
  shared_t *shared = lock_handle(ctx, ND_ARG(0), exc);
  if (shared == NULL)
    return JSValueMakeUndefined(ctx);
  bool bigint = JSValueToBoolean(ctx, ND_ARG(2));
  const hdr_t *h = &shared->hdr;
  int64_t integer = 0;
  double number = 0;
  bool is_integer = true;
  switch ((int)nd_int(ctx, ND_ARG(1))) {
  case STAT_COUNT:
    integer = h->total_count;
    break;
  case STAT_MIN:
    integer = hdr_min(h);
    break;
  case STAT_MAX:
    integer = hdr_max(h);
    break;
  case STAT_EXCEEDS:
    integer = h->exceeds;
    break;
  case STAT_MEAN:
    number = hdr_mean(h);
    is_integer = false;
    break;
  case STAT_STDDEV:
    number = hdr_stddev(h);
    is_integer = false;
    break;
  }
  uv_mutex_unlock(&shared->lock);
  return is_integer ? make_int64(ctx, integer, bigint) : JSValueMakeNumber(ctx, number);
}

/* percentile(h, p, bigint) -> the value at percentile p (0 < p <= 100, validated). */
static ND_FUNCTION(js_percentile) {
  double p = JSValueToNumber(ctx, ND_ARG(1), NULL);
  shared_t *shared = lock_handle(ctx, ND_ARG(0), exc);
  if (shared == NULL)
    return JSValueMakeUndefined(ctx);
  int64_t value = hdr_percentile(&shared->hdr, p);
  uv_mutex_unlock(&shared->lock);
  return make_int64(ctx, value, JSValueToBoolean(ctx, ND_ARG(2)));
}

/* The percentiles, collected under the lock before any JavaScript value is made. */
typedef struct {
  double *pairs;   /* the percentiles */
  int64_t *values; /* their values */
  size_t count, capacity;
  bool failed;
} percentile_list_t;

static void push_percentile(void *data, double percentile, int64_t value) {
  percentile_list_t *list = data;
  if (list->failed)
    return;
  if (list->count == list->capacity) {
    size_t capacity = list->capacity ? list->capacity * 2 : 32;
    double *pairs = realloc(list->pairs, capacity * sizeof *pairs);
    if (pairs != NULL)
      list->pairs = pairs;
    int64_t *values = realloc(list->values, capacity * sizeof *values);
    if (values != NULL)
      list->values = values;
    if (pairs == NULL || values == NULL) {
      list->failed = true;
      return;
    }
    list->capacity = capacity;
  }
  list->pairs[list->count] = percentile;
  list->values[list->count] = value;
  list->count++;
}

/* percentiles(h, bigint) -> [percentile, value, percentile, value, ...]. */
static ND_FUNCTION(js_percentiles) {
  shared_t *shared = lock_handle(ctx, ND_ARG(0), exc);
  if (shared == NULL)
    return JSValueMakeUndefined(ctx);
  percentile_list_t list = {NULL, NULL, 0, 0, false};
  hdr_percentiles(&shared->hdr, push_percentile, &list);
  uv_mutex_unlock(&shared->lock);
  if (list.failed) {
    free(list.pairs);
    free(list.values);
    return out_of_memory(ctx, exc);
  }
  bool bigint = JSValueToBoolean(ctx, ND_ARG(1));
  /* BigInts are cells: they go straight into an engine array (nd_list), since the
   * collector does not see values held in malloc'ed memory. */
  nd_list_t values;
  nd_list_init(&values, ctx);
  for (size_t i = 0; i < list.count; i++) {
    nd_list_push(&values, JSValueMakeNumber(ctx, list.pairs[i]));
    nd_list_push(&values, make_int64(ctx, list.values[i], bigint));
  }
  free(list.pairs);
  free(list.values);
  return values.array;
}

/* Messages. share(h) takes a reference for a message and returns its number; adopt(n)
 * returns a new handle for it (once). The numbers index a process-wide table, so a message
 * can only name a histogram that was really shared. */

typedef struct {
  double id;
  shared_t *shared;
} pending_share_t;

static uv_once_t shares_once = UV_ONCE_INIT;
static uv_mutex_t shares_lock;
static pending_share_t *shares;
static size_t share_count, share_capacity;
static double next_share_id = 1;

static void init_shares(void) {
  uv_mutex_init(&shares_lock);
}

/* share(h) -> a number that adopt() accepts once. */
static ND_FUNCTION(js_share) {
  shared_t *shared = lock_handle(ctx, ND_ARG(0), exc);
  if (shared == NULL)
    return JSValueMakeUndefined(ctx);
  uv_mutex_unlock(&shared->lock);
  uv_once(&shares_once, init_shares);
  uv_mutex_lock(&shares_lock);
  if (share_count == share_capacity) {
    size_t capacity = share_capacity ? share_capacity * 2 : 8;
    pending_share_t *grown = realloc(shares, capacity * sizeof *grown);
    if (grown == NULL) {
      uv_mutex_unlock(&shares_lock);
      return out_of_memory(ctx, exc);
    }
    shares = grown;
    share_capacity = capacity;
  }
  double id = next_share_id++;
  retain(shared);
  shares[share_count++] = (pending_share_t){id, shared};
  uv_mutex_unlock(&shares_lock);
  return JSValueMakeNumber(ctx, id);
}

/* adopt(n) -> the handle for a shared histogram, or undefined for an unknown number. */
static ND_FUNCTION(js_adopt) {
  double id = JSValueToNumber(ctx, ND_ARG(0), NULL);
  shared_t *shared = NULL;
  uv_once(&shares_once, init_shares);
  uv_mutex_lock(&shares_lock);
  for (size_t i = 0; i < share_count; i++) {
    if (shares[i].id == id) {
      shared = shares[i].shared;
      shares[i] = shares[--share_count];
      break;
    }
  }
  uv_mutex_unlock(&shares_lock);
  if (shared == NULL)
    return JSValueMakeUndefined(ctx);
  JSObjectRef handle = wrap_shared(ctx, shared);
  if (handle == NULL) {
    release(shared);
    return out_of_memory(ctx, exc);
  }
  return handle;
}

/* isHandle(value) -> whether value is a histogram handle. */
static ND_FUNCTION(js_is_handle) {
  return JSValueMakeBoolean(ctx, JSValueIsObjectOfClass(ctx, ND_ARG(0), histogram_class));
}

/* ---------------------------------------------------------------------------------------
 * Event-loop delay: a repeating, unreferenced timer whose every expiry records the time
 * since the previous one, in nanoseconds. */

static void on_delay_timer(uv_timer_t *timer) {
  histogram_t *hist = timer->data;
  if (hist == NULL)
    return;
  uv_mutex_lock(&hist->shared->lock);
  hdr_record_delta(&hist->shared->hdr);
  uv_mutex_unlock(&hist->shared->lock);
}

/* createDelayMonitor(resolutionMs) -> handle (disabled). */
static ND_FUNCTION(js_create_delay_monitor) {
  shared_t *shared = new_shared(1, (int64_t)9007199254740991.0, 3);
  histogram_t *hist = shared == NULL ? NULL : calloc(1, sizeof *hist);
  if (hist == NULL) {
    if (shared != NULL)
      release(shared);
    return out_of_memory(ctx, exc);
  }
  hist->shared = shared;
  hist->is_monitor = true;
  int64_t resolution = nd_int(ctx, ND_ARG(0));
  hist->resolution_ms = resolution < 1 ? 1 : (uint64_t)resolution;
  return JSObjectMake(ctx, histogram_class, hist);
}

static histogram_t *delay_monitor(JSContextRef ctx, JSValueRef value) {
  if (!JSValueIsObjectOfClass(ctx, value, histogram_class))
    return NULL;
  histogram_t *hist = JSObjectGetPrivate((JSObjectRef)value);
  return hist != NULL && hist->is_monitor ? hist : NULL;
}

/* enableDelayMonitor(h) -> false when it was already enabled. The timer is unreferenced:
 * monitoring never keeps the process alive. */
static ND_FUNCTION(js_enable_delay_monitor) {
  histogram_t *hist = delay_monitor(ctx, ND_ARG(0));
  if (hist == NULL || hist->timer != NULL)
    return JSValueMakeBoolean(ctx, false);
  uv_timer_t *timer = malloc(sizeof *timer);
  if (timer == NULL)
    return out_of_memory(ctx, exc);
  uv_timer_init(nd_runtime_current()->loop, timer);
  uv_unref((uv_handle_t *)timer);
  timer->data = hist;
  hist->timer = timer;
  hist->pinned = (JSObjectRef)ND_ARG(0);
  JSValueProtect(ctx, hist->pinned);
  uv_timer_start(timer, on_delay_timer, hist->resolution_ms, hist->resolution_ms);
  return JSValueMakeBoolean(ctx, true);
}

/* disableDelayMonitor(h) -> false when it was not enabled. */
static ND_FUNCTION(js_disable_delay_monitor) {
  histogram_t *hist = delay_monitor(ctx, ND_ARG(0));
  if (hist == NULL || hist->timer == NULL)
    return JSValueMakeBoolean(ctx, false);
  hist->timer->data = NULL;
  uv_close((uv_handle_t *)hist->timer, free_timer);
  hist->timer = NULL;
  JSValueUnprotect(ctx, hist->pinned);
  hist->pinned = NULL;
  return JSValueMakeBoolean(ctx, true);
}

/* ---------------------------------------------------------------------------------------
 * Registration. */

static uv_once_t class_once = UV_ONCE_INIT;

static void create_class(void) {
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "HistogramHandle";
  def.finalize = finalize_histogram;
  histogram_class = JSClassCreate(&def);
}

void nd__binding_performance_init(JSContextRef ctx, JSObjectRef exports) {
  /* A thread whose runtime did not call nd_performance_init_loop (a worker) starts its
   * clock and loop metrics here. */
  nd_performance_init_loop(nd_runtime_current()->loop);
  if (milestones[MILESTONE_BOOTSTRAP_COMPLETE] < 0)
    milestones[MILESTONE_BOOTSTRAP_COMPLETE] = since_origin_ms(uv_hrtime());
  uv_once(&class_once, create_class);
  static const nd_method_t methods[] = {
      {"now", js_now},
      {"loopIdleTime", js_loop_idle_time},
      {"loopCount", js_loop_count},
      {"create", js_create},
      {"record", js_record},
      {"recordBatch", js_record_batch},
      {"recordExceeds", js_record_exceeds},
      {"recordDelta", js_record_delta},
      {"add", js_add},
      {"reset", js_reset},
      {"share", js_share},
      {"adopt", js_adopt},
      {"isHandle", js_is_handle},
      {"stat", js_stat},
      {"percentile", js_percentile},
      {"percentiles", js_percentiles},
      {"createDelayMonitor", js_create_delay_monitor},
      {"enableDelayMonitor", js_enable_delay_monitor},
      {"disableDelayMonitor", js_disable_delay_monitor},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_set_number(ctx, exports, "timeOrigin", origin_wall_ms);
  nd_set(ctx, exports, "milestones",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeFloat64Array, milestones,
                                               sizeof milestones, NULL, NULL, NULL));
  nd_set_number(ctx, exports, "kNodeStart", MILESTONE_NODE_START);
  nd_set_number(ctx, exports, "kV8Start", MILESTONE_V8_START);
  nd_set_number(ctx, exports, "kEnvironment", MILESTONE_ENVIRONMENT);
  nd_set_number(ctx, exports, "kBootstrapComplete", MILESTONE_BOOTSTRAP_COMPLETE);
  nd_set_number(ctx, exports, "kLoopStart", MILESTONE_LOOP_START);
  nd_set_number(ctx, exports, "kLoopExit", MILESTONE_LOOP_EXIT);
  nd_set_number(ctx, exports, "kCount", STAT_COUNT);
  nd_set_number(ctx, exports, "kMin", STAT_MIN);
  nd_set_number(ctx, exports, "kMax", STAT_MAX);
  nd_set_number(ctx, exports, "kExceeds", STAT_EXCEEDS);
  nd_set_number(ctx, exports, "kMean", STAT_MEAN);
  nd_set_number(ctx, exports, "kStddev", STAT_STDDEV);
}
