#ifndef ND_ENGINE_LOOP_H
#define ND_ENGINE_LOOP_H

/*
 * JavaScriptCore (GTK port) schedules its own deferred work on GLib's main context of the
 * thread: garbage-collection timers (eden/full collections, incremental sweeping, memory
 * release) and FinalizationRegistry cleanup jobs. Nothing would run that context in a
 * libuv program, so collections would only happen on allocation pressure and
 * FinalizationRegistry callbacks never. This module drives the context from libuv: it
 * watches GLib's wakeup descriptor (signalled whenever a GLib timer is set) and arms a
 * libuv timer for the earliest GLib deadline. Both handles are unreferenced: engine work
 * never keeps the process alive, as in node.
 */

#include "runtime.h"

/* Gives the thread a GLib main context of its own for the engine to adopt. Call before
 * the engine's first context group is created on this thread. */
void nd_engine_loop_prepare(void);

/* Starts driving that context from rt's loop. */
void nd_engine_loop_start(nd_runtime_t *rt);

/* Runs whatever GLib work is due now (also called before the process exits). */
void nd_engine_loop_pump(void);

/* Gives up the thread's GLib context (a worker thread whose engine is gone; its loop
 * handles must be closed already). */
void nd_engine_loop_stop(void);

#endif
