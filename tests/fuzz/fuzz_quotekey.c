/*
** fuzz_quotekey.c -- libFuzzer target for quote_key's core: the key is valid
** UTF-8 (no U+FFFD unless the input had one or was invalid), trimmed, with
** single spaces; an allocation failure gives NR_NOMEM and no leak.
*/
#include "fuzz_core.h"
#include "../../ext/core/quotekey.h"
#include "../../ext/core/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  unsigned char *key = 0;
  size_t n = 0, i;
  long live0 = nr_test_live, used;
  int rc;

  fault_disarm();
  nr_test_alloc_count = 0;
  rc = nr_quote_key(data, size, &key, &n);
  used = nr_test_alloc_count;
  REQUIRE(rc==NR_OK && key!=0);
  REQUIRE(key[n]==0);
  if( n ){
    REQUIRE(key[0]!=' ' && key[n-1]!=' ');
  }
  for(i=0; i<n; ){
    int32_t cp;
    size_t L = nr_utf8_decode(key, n, i, &cp);
    REQUIRE(cp!=NR_REPLACEMENT || size>0);
    if( cp==NR_REPLACEMENT ){
      /* a real U+FFFD (EF BF BD) is fine; a broken sequence is not */
      REQUIRE(L==3 && key[i]==0xEF && key[i+1]==0xBF && key[i+2]==0xBD);
    }
    if( cp==' ' ) REQUIRE(i+1<n && key[i+1]!=' ');
    REQUIRE(cp!=0 || memchr(data, 0, size)!=0);
    i += L;
  }
  nr_free(key);
  REQUIRE(nr_test_live==live0);

  if( used>0 ){
    long k = 1 + (size ? data[size-1] : 0) % used;
    key = 0;
    fault_arm(k, size && (data[0]&1));
    rc = nr_quote_key(data, size, &key, &n);
    if( fault_hit() ) REQUIRE(rc==NR_NOMEM);
    fault_disarm();
    if( rc==NR_OK ) nr_free(key);
    REQUIRE(nr_test_live==live0);
  }
  return 0;
}
