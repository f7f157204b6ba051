package rolemodel

import (
	"errors"
	"strings"

	"github.com/rolemodel/rolemodel/internal/decode"
	"github.com/rolemodel/rolemodel/internal/problem"
)

// ErrInvalid is what a *ValidationError unwraps to when the input was read
// and is not a valid catalog: every one but those whose only problems are
// of kind ErrUnreadable.
var ErrInvalid = errors.New("invalid catalog")

// The kinds of problem a *ValidationError may hold. errors.Is(err, kind)
// reports whether any of its problems is of that kind.
var (
	// ErrSyntax: the input is not well-formed JSON or YAML, or not UTF-8 text.
	ErrSyntax = decode.ErrSyntax
	// ErrEmpty: the input holds no document.
	ErrEmpty = decode.ErrEmpty
	// ErrDuplicateKey: a key appears twice in one mapping or object.
	ErrDuplicateKey = decode.ErrDuplicateKey
	// ErrUnknownField: a key the format does not define.
	ErrUnknownField = decode.ErrUnknownField
	// ErrWrongType: a value of the wrong type, such as a string for a number.
	ErrWrongType = decode.ErrType
	// ErrInvalidValue: a value of the right type that breaks a rule (an
	// unknown currency, a negative amount, a minimum above its maximum).
	ErrInvalidValue = decode.ErrValue
	// ErrTooLarge: the input exceeds a size, depth or expansion limit.
	ErrTooLarge = decode.ErrLimit
	// ErrDuplicate: two entries share an ID, or two roles share a title or
	// alias.
	ErrDuplicate = problem.ErrDuplicate
	// ErrReference: a reference to a role, skill, certification or source
	// that the catalog does not define, or a role that refers to itself.
	ErrReference = problem.ErrReference
	// ErrUnreadable: a file or folder could not be read at all: it does not
	// exist, is not a regular file (a directory where a file was expected, a
	// named pipe, a device), is a symbolic link to nothing or a loop of
	// them, or reading it failed. Such a problem's Kind also wraps the cause
	// as package io/fs and the system give it, so errors.Is(err,
	// fs.ErrNotExist) and errors.Is(err, fs.ErrPermission) work; compare
	// kinds with errors.Is, not ==.
	ErrUnreadable = problem.ErrUnreadable
)

// MaxProblems is the most problems a *ValidationError lists; it counts the
// rest in More. Every reader (Load and its relatives, Build, Merge and the
// importers) shares this one cap.
const MaxProblems = problem.Max

// Problem is one thing wrong with a catalog: where it is and what a person
// should do about it.
type Problem struct {
	// File is the file the problem is in, when the catalog came from files.
	File string
	// Line and Column locate the problem in the file, 1-based; 0 when not
	// known.
	Line, Column int
	// Path is the field path in the format's own names, with roles, skills,
	// certifications and sources named by ID where they have one:
	// roles[it-director].salaries[1].max.
	Path string
	// Message says what is wrong and what was expected.
	Message string
	// Kind is the kind of the problem: one of ErrSyntax, ErrEmpty,
	// ErrDuplicateKey, ErrUnknownField, ErrWrongType, ErrInvalidValue,
	// ErrTooLarge, ErrDuplicate, ErrReference or ErrUnreadable (which wraps
	// its cause: test it with errors.Is). Importers of other formats
	// (packages onet and esco) report their problems with the same kinds.
	Kind error
}

// Err returns p.Kind.
func (p Problem) Err() error { return p.Kind }

// String formats the problem as file:line:column: path: message, leaving
// out the parts that are not known. The result is one line of at most about
// 1.3 KB whatever the problem holds: every control, line-separator and
// bidirectional formatting character is written as a Go escape (\n, \x1b,
// \u202e) and each part is cut to a bounded length, so that input cannot
// forge or flood a log line.
func (p Problem) String() string {
	return decode.Format(p.File, p.Line, p.Column, p.Path, p.Message)
}

// ValidationError is returned by Load and its relatives when the input
// cannot be read or is not a valid catalog. It lists every problem found,
// not only the first, up to MaxProblems; a catalog with any problem is
// never returned.
type ValidationError struct {
	// Problems lists the problems found, at most MaxProblems of them,
	// ordered by file and line. The readers of the module make their text
	// safe to log (see Problem.String); a program that builds problems
	// itself need not.
	Problems []Problem
	// More counts the problems found beyond those listed.
	More int
}

// Error describes the problems on one line: the first three, as
// Problem.String writes them, separated by "; ", and then how many more
// there are, as go/scanner.ErrorList does:
//
//	rolemodel: invalid catalog: a.yaml:3:5: roles[a].x: unknown field "x"; … (and 12 more problems)
//
// It begins "rolemodel: cannot read the input" instead when every problem
// is of kind ErrUnreadable (a missing file, a directory, a named pipe).
// Whatever the input, the text holds no line break or other control
// character and is at most about 4 KB.
func (e *ValidationError) Error() string {
	var b strings.Builder
	if e.unreadable() {
		b.WriteString("rolemodel: cannot read the input")
	} else {
		b.WriteString("rolemodel: invalid catalog")
	}
	if len(e.Problems)+e.More == 0 {
		return b.String()
	}
	b.WriteString(": ")
	shown := make([]problem.Problem, min(len(e.Problems), problem.Shown))
	for i := range shown {
		shown[i] = problem.Problem(e.Problems[i])
	}
	b.WriteString(problem.Summary(shown, len(e.Problems)-len(shown)+e.More))
	return b.String()
}

// unreadable reports whether e holds problems and all are ErrUnreadable.
func (e *ValidationError) unreadable() bool {
	for _, p := range e.Problems {
		if !errors.Is(p.Kind, ErrUnreadable) {
			return false
		}
	}
	return len(e.Problems) > 0
}

// Unwrap returns ErrInvalid (unless every problem is of kind ErrUnreadable)
// and the kind of every problem, so that errors.Is(err, ErrInvalid) and
// errors.Is(err, ErrUnknownField) both work.
func (e *ValidationError) Unwrap() []error {
	var out []error
	if !e.unreadable() {
		out = append(out, ErrInvalid)
	}
	seen := map[error]bool{}
	for _, p := range e.Problems {
		if p.Kind != nil && !seen[p.Kind] {
			seen[p.Kind] = true
			out = append(out, p.Kind)
		}
	}
	return out
}

// invalid returns the *ValidationError of a problem list.
func invalid(l *problem.List) *ValidationError {
	items := l.Items()
	ps := make([]Problem, len(items))
	for i, p := range items {
		ps[i] = Problem(p)
	}
	return &ValidationError{Problems: ps, More: l.More()}
}
