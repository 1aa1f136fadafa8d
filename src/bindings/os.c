/*
 * os: system information for node:os, from libuv where it has it. Failures are reported
 * as node's system errors by the JavaScript side: functions return a negative errno, or
 * fill a context object ({ errno, code, syscall }) and return undefined.
 */
#include "../runtime.h"
#include "bindings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

/* Records a libuv failure in ctx_obj for lib/os.js to turn into ERR_SYSTEM_ERROR. */
static JSValueRef fail(JSContextRef ctx, JSValueRef ctx_obj, int err, const char *syscall) {
  if (JSValueIsObject(ctx, ctx_obj)) {
    JSObjectRef o = (JSObjectRef)ctx_obj;
    nd_set_number(ctx, o, "errno", err);
    nd_set_string(ctx, o, "code", uv_err_name(err));
    nd_set_string(ctx, o, "message", uv_strerror(err));
    nd_set_string(ctx, o, "syscall", syscall);
  }
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(get_hostname) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof buf;
  int err = uv_os_gethostname(buf, &size);
  if (err != 0)
    return fail(ctx, ND_ARG(0), err, "uv_os_gethostname");
  return nd_string_n(ctx, buf, size);
}

static ND_FUNCTION(get_home_directory) {
  char buf[4096];
  size_t size = sizeof buf;
  int err = uv_os_homedir(buf, &size);
  if (err != 0)
    return fail(ctx, ND_ARG(0), err, "uv_os_homedir");
  return nd_string_n(ctx, buf, size);
}

static ND_FUNCTION(get_uptime) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err != 0)
    return fail(ctx, ND_ARG(0), err, "uv_uptime");
  return JSValueMakeNumber(ctx, uptime);
}

static ND_FUNCTION(get_free_mem) {
  return JSValueMakeNumber(ctx, (double)uv_get_free_memory());
}

static ND_FUNCTION(get_total_mem) {
  return JSValueMakeNumber(ctx, (double)uv_get_total_memory());
}

static ND_FUNCTION(get_available_parallelism) {
  return JSValueMakeNumber(ctx, uv_available_parallelism());
}

/* getLoadAvg(float64Array) fills three values. */
static ND_FUNCTION(get_load_avg) {
  double avg[3];
  uv_loadavg(avg);
  if (JSValueIsObject(ctx, ND_ARG(0))) {
    JSObjectRef arr = (JSObjectRef)argv[0];
    for (unsigned i = 0; i < 3; i++)
      JSObjectSetPropertyAtIndex(ctx, arr, i, JSValueMakeNumber(ctx, avg[i]), NULL);
  }
  return JSValueMakeUndefined(ctx);
}

/* getOSInformation(ctx) -> [sysname, version, release, machine]. */
static ND_FUNCTION(get_os_information) {
  uv_utsname_t info;
  int err = uv_os_uname(&info);
  if (err != 0)
    return fail(ctx, ND_ARG(0), err, "uv_os_uname");
  JSValueRef items[4] = {nd_string(ctx, info.sysname), nd_string(ctx, info.version),
                         nd_string(ctx, info.release), nd_string(ctx, info.machine)};
  return nd_array(ctx, 4, items);
}

/* getCPUs() -> flat array [model, speed, user, nice, sys, idle, irq, ...]. */
static ND_FUNCTION(get_cpus) {
  uv_cpu_info_t *cpus;
  int count;
  int err = uv_cpu_info(&cpus, &count);
  if (err != 0)
    return nd_array(ctx, 0, NULL);
  nd_list_t items;
  nd_list_init(&items, ctx);
  for (int i = 0; i < count; i++) {
    /* Seven values per CPU, gathered on the stack then appended. */
    JSValueRef p[7];
    p[0] = nd_string(ctx, cpus[i].model);
    p[1] = JSValueMakeNumber(ctx, cpus[i].speed);
    p[2] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.user);
    p[3] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.nice);
    p[4] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.sys);
    p[5] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.idle);
    p[6] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.irq);
    for (int k = 0; k < 7; k++)
      nd_list_push(&items, p[k]);
  }
  uv_free_cpu_info(cpus, count);
  return items.array;
}

/* getInterfaceAddresses(ctx) -> flat array [name, address, netmask, family, mac, internal,
 * scopeid, ...] (7 per address). */
static ND_FUNCTION(get_interface_addresses) {
  uv_interface_address_t *ifaces;
  int count;
  int err = uv_interface_addresses(&ifaces, &count);
  if (err != 0)
    return fail(ctx, ND_ARG(0), err, "uv_interface_addresses");
  nd_list_t items;
  nd_list_init(&items, ctx);
  for (int i = 0; i < count; i++) {
    JSValueRef p[7];
    char ip[INET6_ADDRSTRLEN], mask[INET6_ADDRSTRLEN], mac[18];
    const char *family;
    if (ifaces[i].address.address4.sin_family == AF_INET) {
      uv_ip4_name(&ifaces[i].address.address4, ip, sizeof ip);
      uv_ip4_name(&ifaces[i].netmask.netmask4, mask, sizeof mask);
      family = "IPv4";
    } else {
      uv_ip6_name(&ifaces[i].address.address6, ip, sizeof ip);
      uv_ip6_name(&ifaces[i].netmask.netmask6, mask, sizeof mask);
      family = "IPv6";
    }
    const unsigned char *m = (const unsigned char *)ifaces[i].phys_addr;
    snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4],
             m[5]);
    p[0] = nd_string(ctx, ifaces[i].name);
    p[1] = nd_string(ctx, ip);
    p[2] = nd_string(ctx, mask);
    p[3] = nd_string(ctx, family);
    p[4] = nd_string(ctx, mac);
    p[5] = JSValueMakeBoolean(ctx, ifaces[i].is_internal);
    p[6] = ifaces[i].address.address4.sin_family == AF_INET6
               ? JSValueMakeNumber(ctx, ifaces[i].address.address6.sin6_scope_id)
               : JSValueMakeNumber(ctx, -1);
    for (int k = 0; k < 7; k++)
      nd_list_push(&items, p[k]);
  }
  uv_free_interface_addresses(ifaces, count);
  return items.array;
}

/* getUserInfo(ctx) -> [uid, gid, username, homedir, shell]. */
static ND_FUNCTION(get_user_info) {
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err != 0)
    return fail(ctx, ND_ARG(0), err, "uv_os_get_passwd");
  JSValueRef items[5] = {
      JSValueMakeNumber(ctx, (double)pwd.uid), JSValueMakeNumber(ctx, (double)pwd.gid),
      nd_string(ctx, pwd.username), nd_string(ctx, pwd.homedir),
      pwd.shell ? nd_string(ctx, pwd.shell) : JSValueMakeNull(ctx)};
  JSObjectRef result = nd_array(ctx, 5, items);
  uv_os_free_passwd(&pwd);
  return result;
}

/* setPriority(pid, priority, ctx) -> 0 or undefined with ctx filled. */
static ND_FUNCTION(set_priority) {
  int pid = (int)nd_int(ctx, ND_ARG(0));
  int priority = (int)nd_int(ctx, ND_ARG(1));
  int err = uv_os_setpriority(pid, priority);
  if (err != 0)
    return fail(ctx, ND_ARG(2), err, "uv_os_setpriority");
  return JSValueMakeNumber(ctx, 0);
}

static ND_FUNCTION(get_priority) {
  int pid = (int)nd_int(ctx, ND_ARG(0));
  int priority;
  int err = uv_os_getpriority(pid, &priority);
  if (err != 0)
    return fail(ctx, ND_ARG(1), err, "uv_os_getpriority");
  return JSValueMakeNumber(ctx, priority);
}

void nd__binding_os_init(JSContextRef ctx, JSObjectRef exports) {
  static const nd_method_t methods[] = {
      {"getHostname", get_hostname},
      {"getHomeDirectory", get_home_directory},
      {"getUptime", get_uptime},
      {"getFreeMem", get_free_mem},
      {"getTotalMem", get_total_mem},
      {"getAvailableParallelism", get_available_parallelism},
      {"getLoadAvg", get_load_avg},
      {"getOSInformation", get_os_information},
      {"getCPUs", get_cpus},
      {"getInterfaceAddresses", get_interface_addresses},
      {"getUserInfo", get_user_info},
      {"setPriority", set_priority},
      {"getPriority", get_priority},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
}
