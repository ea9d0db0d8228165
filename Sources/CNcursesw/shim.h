// The ncursesw shim: wide-character curses plus accessors for what Swift cannot import directly
// (function-like macros and C globals, which are errors under strict concurrency).
#ifndef RUNTOP_CNCURSESW_SHIM_H
#define RUNTOP_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <sys/ioctl.h>
#include <stddef.h>

// Attributes (function-like macros in curses.h).
static inline attr_t runtop_attr_bold(void) { return A_BOLD; }
static inline attr_t runtop_attr_dim(void) { return A_DIM; }
static inline attr_t runtop_attr_reverse(void) { return A_REVERSE; }
static inline attr_t runtop_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t runtop_attr_italic(void) { return A_ITALIC; }
static inline attr_t runtop_attr_normal(void) { return A_NORMAL; }

// Globals.
static inline int runtop_lines(void) { return LINES; }
static inline int runtop_columns(void) { return COLS; }
static inline int runtop_colors(void) { return COLORS; }
static inline int runtop_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *runtop_stdscr(void) { return stdscr; }
static inline WINDOW *runtop_curscr(void) { return curscr; }

// Keys.
static inline int runtop_key_f0(void) { return KEY_F0; }

// Mouse masks.
static inline mmask_t runtop_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t runtop_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t runtop_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t runtop_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t runtop_button5_pressed(void) { return BUTTON5_PRESSED; }

// The terminal's size in rows and columns (TIOCGWINSZ); 0 when it cannot be read.
static inline int runtop_terminal_size(int descriptor, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(descriptor, TIOCGWINSZ, &size) != 0) { *rows = 0; *columns = 0; return -1; }
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

// wcwidth is only declared under _XOPEN_SOURCE, which the Glibc module is built without.
extern int runtop_wcwidth(wchar_t character) __asm__("wcwidth");

#endif
