// glibc's allocator controls, which Swift's Glibc module leaves out:
// `malloc_trim` gives freed memory back to the system after a big reload.
#include <malloc.h>
