/*
** check.h -- a tiny TAP-like harness for the C unit tests.
**
**   CHECK(cond, "name")            one assertion
**   CHECK_STR(got, want, "name")   string equality (got may be NULL)
**   CHECK_INT(got, want, "name")
**   return check_done();           at the end of main()
**
** Every assertion prints "ok - name" or "not ok - name (details)"; tests/run.sh
** counts those lines.
*/
#ifndef NR_CHECK_H
#define NR_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_failed_, check_passed_;

#define CHECK(cond, name) do{ \
  if( cond ){ check_passed_++; printf("ok - %s\n", (name)); } \
  else { check_failed_++; printf("not ok - %s (%s:%d: %s)\n", (name), __FILE__, __LINE__, #cond); } \
}while(0)

#define CHECK_STR(got, want, name) do{ \
  const char *g_ = (got), *w_ = (want); \
  if( (g_==0 && w_==0) || (g_ && w_ && strcmp(g_, w_)==0) ){ check_passed_++; printf("ok - %s\n", (name)); } \
  else { check_failed_++; printf("not ok - %s (%s:%d: got '%s', want '%s')\n", (name), __FILE__, __LINE__, g_?g_:"(null)", w_?w_:"(null)"); } \
}while(0)

#define CHECK_INT(got, want, name) do{ \
  long long g_ = (long long)(got), w_ = (long long)(want); \
  if( g_==w_ ){ check_passed_++; printf("ok - %s\n", (name)); } \
  else { check_failed_++; printf("not ok - %s (%s:%d: got %lld, want %lld)\n", (name), __FILE__, __LINE__, g_, w_); } \
}while(0)

static inline int check_done(void){ return check_failed_ ? 1 : 0; }

#endif
