#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H

#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 refuses to touch C globals (not concurrency-safe), so every readline global KATA sets
   goes through a setter here. */

/* Tab completion: readline calls `function` for the word before the cursor. */
static inline void creadline_set_attempted_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

/* Never fall back to completing file names: only commands and term names make sense. */
static inline void creadline_suppress_filename_completion(void) { rl_attempted_completion_over = 1; }

/* Characters that end a word for completion: spaces and the separators moves use, so "rebate=5"
   and "返利，" complete term names. */
static inline void creadline_set_word_breaks(void) { rl_basic_word_break_characters = " \t\n=,;|"; }

/* Ctrl-C: how many interrupts came in a row without a line read in between. */
static volatile sig_atomic_t creadline_interrupts = 0;

/* Ctrl-C cancels the line being typed instead of killing the program; a second one in a row says
   how to quit. The session is saved after every turn either way. */
static inline void creadline_on_interrupt(int signal_number) {
    (void)signal_number;
    creadline_interrupts += 1;
    if (creadline_interrupts >= 2) {
        static const char hint[] = "\n(press Ctrl-D or type `quit` to leave; the session is saved)\n";
        write(STDOUT_FILENO, hint, sizeof hint - 1);
    } else {
        write(STDOUT_FILENO, "\n", 1);
    }
    rl_on_new_line();
    rl_replace_line("", 0);
    rl_redisplay();
}

/* Installs the Ctrl-C handler and tells readline not to install its own. */
static inline void creadline_install_interrupt_handler(void) {
    rl_catch_signals = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = creadline_on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, NULL);
}

/* Whether something written to standard output through stdio did not reach it (a full disk, a
   closed pipe): `stdout` is a C global too. */
static inline int creadline_standard_output_failed(void) { return fflush(stdout) != 0 || ferror(stdout) != 0; }

/* A line was read: the next Ctrl-C is a first one again. */
static inline void creadline_reset_interrupts(void) { creadline_interrupts = 0; }

#endif
