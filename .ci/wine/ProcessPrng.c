/* Test set-up only, never part of the program: Rust's standard library on Windows asks
   bcryptprimitives.dll for ProcessPrng, which Debian 12's wine 8 lacks. This stand-in
   forwards to the older SystemFunction036 (RtlGenRandom) that wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG part = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, part)) {
            return FALSE;
        }
        data += part;
        length -= part;
    }
    return TRUE;
}
