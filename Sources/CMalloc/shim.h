#ifndef EZBOARD_CMALLOC_SHIM_H
#define EZBOARD_CMALLOC_SHIM_H
// glibc's malloc tuning (mallopt and its M_* settings), which the Glibc
// module does not bring into Swift, for the commands that read a folder
// once and exit (EzboardCLI/OneShotHeap.swift).
#include <stdint.h>
#include <stdlib.h>
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

// Allocates and frees `size` bytes, so that malloc grows its heap now, and
// returns the address just past them: malloc writes its own bookkeeping
// there (the start of the free rest), so the memory below it is untouched.
// The pointer goes through a volatile variable: a compiler may otherwise
// drop an allocation that is freed unused.
static inline uintptr_t ezboard_grow_heap(size_t size) {
    void *volatile p = malloc(size);
    uintptr_t end = p ? (uintptr_t)p + size : 0;
    free(p);
    return end;
}

#endif
