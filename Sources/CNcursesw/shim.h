#ifndef EZBOARD_CNCURSESW_SHIM_H
#define EZBOARD_CNCURSESW_SHIM_H
// What Swift cannot import from ncursesw by itself: function-like macros
// (COLOR_PAIR, KEY_F, getmaxyx, the A_* and mouse-mask expressions) and the
// mutable globals (stdscr, COLORS, ...) that Swift 6 rejects as shared
// mutable state. Everything here is a static inline function or a constant,
// because a system-library target cannot compile a .c file.

// The wide-character half of ncurses (cchar_t, wget_wch, setcchar,
// mvwadd_wch) is only declared when these are set before the include.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#else
#include <curses.h>
#include <term.h>
#endif

// MARK: - Results and key codes

static const int EZB_OK = OK;
static const int EZB_ERR = ERR;
static const int EZB_KEY_CODE_YES = KEY_CODE_YES;
static inline int ezb_KEY_F(int n) { return KEY_F(n); }
static const int EZB_KEY_F0 = KEY_F0;
static const int EZB_KEY_F63 = KEY_F(63);

// MARK: - Attributes and colours

static const attr_t EZB_A_NORMAL = A_NORMAL;
static const attr_t EZB_A_BOLD = A_BOLD;
static const attr_t EZB_A_UNDERLINE = A_UNDERLINE;
static const attr_t EZB_A_REVERSE = A_REVERSE;
static const attr_t EZB_A_DIM = A_DIM;
static inline attr_t ezb_COLOR_PAIR(int n) { return (attr_t)COLOR_PAIR(n); }

// MARK: - Mouse masks

static const mmask_t EZB_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t EZB_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t EZB_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t EZB_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t EZB_BUTTON5_PRESSED = BUTTON5_PRESSED;
static const mmask_t EZB_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION;
static const mmask_t EZB_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;

// MARK: - Globals, read through functions

static inline WINDOW *ezb_stdscr(void) { return stdscr; }
static inline WINDOW *ezb_curscr(void) { return curscr; }
static inline int ezb_COLS(void) { return COLS; }
static inline int ezb_LINES(void) { return LINES; }
static inline int ezb_COLORS(void) { return COLORS; }
static inline int ezb_COLOR_PAIRS(void) { return COLOR_PAIRS; }
static inline void ezb_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }

// stdin/stdout are mutable globals too; newterm wants the FILE pointers.
static inline FILE *ezb_stdin(void) { return stdin; }
static inline FILE *ezb_stdout(void) { return stdout; }

// The locale's character set, e.g. "UTF-8" or "ANSI_X3.4-1968".
static inline const char *ezb_codeset(void) { return nl_langinfo(CODESET); }

// MARK: - Wide characters

// The width curses itself gives a character (libc wcwidth: -1, 0, 1, 2).
static inline int ezb_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

// One cell: up to CCHARW_MAX scalars (a base and its combining marks),
// `n` of them in `wch`, with attributes and a colour pair.
static const int EZB_CCHARW_MAX = CCHARW_MAX;
static inline int ezb_setcchar(cchar_t *cc, const wchar_t *wch, int n, attr_t attrs, short pair) {
    wchar_t buf[CCHARW_MAX + 1];
    if (n < 1) return ERR;
    if (n > CCHARW_MAX) n = CCHARW_MAX;
    for (int i = 0; i < n; i++) buf[i] = wch[i];
    buf[n] = L'\0';
    return setcchar(cc, buf, attrs, pair, NULL);
}

// MARK: - Terminal capabilities

// Whether terminfo knows `name`, and whether that entry can address the
// cursor (`cup`). Loads the entry without creating a screen (nothing is
// written to the terminal) and frees it again. Returns 1 if found, 0 if
// not found, -1 if the terminfo database itself could not be read.
static inline int ezb_probe_terminal(const char *name, int fd, int *has_cup, int *is_generic) {
    int err = 0;
    *has_cup = 0;
    *is_generic = 0;
    if (setupterm((char *)name, fd, &err) != OK) return err == 0 ? 0 : -1;
    char *cup = tigetstr((char *)"cup");
    *has_cup = (cup != NULL && cup != (char *)-1) ? 1 : 0;
    *is_generic = tigetflag((char *)"gn") > 0 ? 1 : 0;
    del_curterm(cur_term);
    return 1;
}

#endif
