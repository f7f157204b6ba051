package rolemodel

import (
	"errors"
	"fmt"
	"strings"

	"github.com/rolemodel/rolemodel/internal/decode"
)

// ErrInvalid is what every *ValidationError unwraps to: the input is not a
// valid catalog.
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
	ErrDuplicate = errors.New("duplicate entry")
	// ErrReference: a reference to a role, skill, certification or source
	// that the catalog does not define, or a role that refers to itself.
	ErrReference = errors.New("broken reference")
)

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
	// ErrTooLarge, ErrDuplicate or ErrReference. Importers of other formats
	// (packages onet and esco) report their problems with the same kinds.
	Kind error
}

// Err returns p.Kind.
func (p Problem) Err() error { return p.Kind }

// String formats the problem as file:line:column: path: message, leaving
// out the parts that are not known.
func (p Problem) String() string {
	return decode.Format(p.File, p.Line, p.Column, p.Path, p.Message)
}

// ValidationError is returned by Load and its relatives when the input is
// not a valid catalog. It lists every problem found, not only the first; a
// catalog with any problem is never returned.
type ValidationError struct {
	// Problems lists every problem found, ordered by file and line.
	Problems []Problem
}

// Error describes the problem in one line, quoting the offending input.
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("rolemodel: invalid catalog")
	switch len(e.Problems) {
	case 0:
		return b.String()
	case 1:
		b.WriteString(": ")
		b.WriteString(e.Problems[0].String())
		return b.String()
	}
	fmt.Fprintf(&b, ": %d problems:", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns ErrInvalid and the kind of every problem, so that
// errors.Is(err, ErrInvalid) and errors.Is(err, ErrUnknownField) both work.
func (e *ValidationError) Unwrap() []error {
	out := []error{ErrInvalid}
	seen := map[error]bool{}
	for _, p := range e.Problems {
		if p.Kind != nil && !seen[p.Kind] {
			seen[p.Kind] = true
			out = append(out, p.Kind)
		}
	}
	return out
}
