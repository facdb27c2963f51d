#ifndef EZBOARD_CNCURSESW_SHIM_H
#define EZBOARD_CNCURSESW_SHIM_H
// The wide-character half of ncurses: cchar_t, wget_wch, WACS_*.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>
#endif
