// Package problem is the one list of located problems that every reader in
// the module fills: decoding (internal/decode), the catalog's rules (the
// root package's Load, Build and Merge) and the importers (through
// internal/report and internal/table). It holds three things once for all
// of them:
//
//   - the kinds of problem (ErrSyntax, ErrLimit, ErrUnreadable, …), which
//     the root package re-exports;
//   - the cap: a List keeps the first Max problems and counts the rest, so
//     a file of a million bad rows costs a hundred problems of memory and a
//     readable error;
//   - the text rule: every file name, field path and message a problem
//     holds is cut to a bounded length and has every character a log line
//     must not carry escaped (Text), whoever produced it (our checks, the
//     YAML parser, encoding/json, the validator). A problem's String is
//     therefore always one line of at most about 1.3 KB.
package problem

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The kinds of problem. The root package re-exports them under the same
// names (ErrType as ErrWrongType, ErrValue as ErrInvalidValue, ErrLimit as
// ErrTooLarge).
var (
	ErrSyntax       = errors.New("syntax error")
	ErrDuplicateKey = errors.New("duplicate key")
	ErrUnknownField = errors.New("unknown field")
	ErrType         = errors.New("wrong type")
	ErrValue        = errors.New("invalid value")
	ErrEmpty        = errors.New("empty document")
	ErrLimit        = errors.New("input exceeds a limit")
	// ErrUnreadable: a file or folder could not be read at all: it does not
	// exist, is not a regular file (a directory, a named pipe, a device), is
	// a symbolic link to nothing or a loop of them, or reading it failed.
	ErrUnreadable = errors.New("cannot read the input")
	// ErrDuplicate: two entries share an ID, or two roles a title or alias.
	ErrDuplicate = errors.New("duplicate entry")
	// ErrReference: a reference to an entry the catalog does not define.
	ErrReference = errors.New("broken reference")
)

// Max is how many problems a List lists; it counts the rest.
const Max = 100

// Bounds on the text of one problem, in bytes, after escaping.
const (
	MaxFile    = 300
	MaxPath    = 300
	MaxMessage = 600
)

// Problem is one located problem; the root package's Problem has the same
// fields and converts to and from it.
type Problem struct {
	File         string
	Line, Column int
	Path         string
	Message      string
	Kind         error
}

// Clean returns p with its file name, path and message made safe by Text.
func (p Problem) Clean() Problem {
	p.File = Text(p.File, MaxFile)
	p.Path = Text(p.Path, MaxPath)
	p.Message = Text(p.Message, MaxMessage)
	return p
}

// String formats p as file:line:column: path: message, leaving out the
// parts that are not known, on one line of bounded length whatever p holds.
func (p Problem) String() string {
	return Format(p.File, p.Line, p.Column, p.Path, p.Message)
}

// Format writes a located message as file:line:column: path: message,
// leaving out the parts that are not known. Each part goes through Text, so
// the result is one line of bounded length.
func Format(file string, line, col int, path, msg string) string {
	var b strings.Builder
	if file != "" {
		b.WriteString(Text(file, MaxFile))
		b.WriteByte(':')
	}
	if line > 0 {
		b.WriteString(strconv.Itoa(line))
		b.WriteByte(':')
		if col > 0 {
			b.WriteString(strconv.Itoa(col))
			b.WriteByte(':')
		}
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	if path != "" {
		b.WriteString(Text(path, MaxPath))
		b.WriteString(": ")
	}
	b.WriteString(Text(msg, MaxMessage))
	return b.String()
}

// Shown is how many problems Summary writes out before counting the rest.
const Shown = 3

// Summary writes the first Shown of ps on one line, separated by "; ", and
// then "(and N more problems)" for the rest of them and the more problems
// counted but not listed, as go/scanner's ErrorList does.
func Summary(ps []Problem, more int) string {
	var b strings.Builder
	for i, p := range ps[:min(len(ps), Shown)] {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	if rest := len(ps) - min(len(ps), Shown) + more; rest > 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if rest == 1 {
			b.WriteString("(and 1 more problem)")
		} else {
			fmt.Fprintf(&b, "(and %d more problems)", rest)
		}
	}
	return b.String()
}

// List collects problems: it lists the first Max and counts the rest. The
// zero value is an empty list ready to use.
type List struct {
	items []Problem
	more  int
}

// Add records p, cleaned (see Problem.Clean).
func (l *List) Add(p Problem) {
	if len(l.items) >= Max {
		l.more++
		return
	}
	l.items = append(l.items, p.Clean())
}

// Addf records a problem at file, line and column (0 when not known), at
// the field or column named path, with a message made by fmt.Sprintf.
func (l *List) Addf(file string, line, col int, path string, kind error, format string, args ...any) {
	if len(l.items) >= Max {
		l.more++ // not formatted: nobody will read it
		return
	}
	l.Add(Problem{File: file, Line: line, Column: col, Path: path, Message: fmt.Sprintf(format, args...), Kind: kind})
}

// Skip counts n problems found but not worth listing (a reader that stopped
// listing them, such as internal/decode past Max).
func (l *List) Skip(n int) { l.more += max(n, 0) }

// Count returns how many problems were found, listed or not.
func (l *List) Count() int { return len(l.items) + l.more }

// Full reports whether the list lists no more: a reader may stop looking.
func (l *List) Full() bool { return len(l.items) >= Max }

// Items returns the problems listed, at most Max. The slice is the list's
// own.
func (l *List) Items() []Problem { return l.items }

// More returns how many problems were found beyond those listed.
func (l *List) More() int { return l.more }

// Sort orders the listed problems by file and then line, keeping the order
// of problems at one line.
func (l *List) Sort() {
	slices.SortStableFunc(l.items, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
}

// Unsafe reports whether r is a character that a log line must not carry
// as it is and that a one-line name may not hold: the C0 and C1 control
// characters and DEL (Unicode category Cc: line breaks, tab, ESC, NEL,
// CSI), the line and paragraph separators U+2028 and U+2029, and the
// bidirectional formatting characters of Unicode's UAX #9 (ALM U+061C, LRM
// and RLM U+200E-U+200F, the embeddings and overrides U+202A-U+202E, the
// isolates U+2066-U+2069), which reorder what a reader sees.
func Unsafe(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r < 0x061c:
		return false
	}
	return r == 0x061c || r == 0x200e || r == 0x200f || r == 0x2028 || r == 0x2029 ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

const ellipsis = "…"

// Text returns s made safe for one log line and cut to at most n bytes.
// Every character Unsafe reports is written as a Go escape (\n, \x1b,
// \u0085, \u202e) and every byte that is not UTF-8 as \xNN; a backslash is
// left as it is, so Text(Text(s, n), n) == Text(s, n). A result longer than
// n is cut at a character or escape and ends in "…". An n below 8 is taken
// as 8.
func Text(s string, n int) string {
	n = max(n, 8)
	clean := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				clean = false
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || Unsafe(r) {
			clean = false
			break
		}
		i += size
	}
	if clean {
		if len(s) <= n {
			return s
		}
		i := n - len(ellipsis)
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		return s[:i] + ellipsis
	}
	var b strings.Builder
	b.Grow(min(len(s), n) + 8)
	room := n - len(ellipsis)
	fit := 0 // length of the output up to the last piece that ends within room
	var esc [16]byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var piece string
		switch {
		case r == utf8.RuneError && size == 1:
			piece = `\x` + strconv.FormatUint(uint64(s[i])|0x100, 16)[1:]
		case Unsafe(r):
			q := strconv.AppendQuoteRuneToASCII(esc[:0], r)
			piece = string(q[1 : len(q)-1])
		default:
			piece = s[i : i+size]
		}
		if b.Len()+len(piece) > n {
			return b.String()[:fit] + ellipsis
		}
		b.WriteString(piece)
		if b.Len() <= room {
			fit = b.Len()
		}
		i += size
	}
	return b.String()
}

// Bounds on a value quoted by Quote, in bytes before quoting: an ID or a
// name of the catalog (IDs are at most 120 characters, so a valid one is
// quoted whole), and any other input echoed by an error.
const (
	MaxQuoteID = 120
	MaxQuote   = 80
)

// Quote is the one way an error quotes input it was given: s cut to at
// most n bytes (at a character boundary; an n below 8 is taken as 8) and
// written as a Go string literal, so every control, line-separator and
// bidirectional formatting character and every byte that is not UTF-8 is
// escaped, with "…" after the closing quote when s was cut. The result
// is one line of at most about 4n+3 bytes, whatever s holds (a 5 MB input
// quotes to about 85 bytes at MaxQuote).
func Quote(s string, n int) string {
	n = max(n, 8)
	if len(s) <= n {
		return strconv.Quote(s)
	}
	i := n
	for k := 0; k < utf8.UTFMax-1 && i > 0 && !utf8.RuneStart(s[i]); k++ {
		i--
	}
	return strconv.Quote(s[:i]) + ellipsis
}

// Unreadable returns the kind of a problem that a file or folder could not
// be read: an error that errors.Is reports as ErrUnreadable and as cause
// (fs.ErrNotExist, fs.ErrPermission, …), whose text is ErrUnreadable's. A
// nil cause gives ErrUnreadable itself.
func Unreadable(cause error) error {
	if cause == nil {
		return ErrUnreadable
	}
	return &unreadable{cause}
}

type unreadable struct{ cause error }

func (u *unreadable) Error() string   { return ErrUnreadable.Error() }
func (u *unreadable) Unwrap() []error { return []error{ErrUnreadable, u.cause} }
