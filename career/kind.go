package career

import (
	"errors"
	"fmt"
	"iter"
	"strings"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// ErrUnknownKind is returned, wrapped in a *KindError, for a transition kind
// name other than "entry", "advancement" or "lateral".
var ErrUnknownKind = errors.New("unknown transition kind")

// KindError records a transition kind that could not be parsed.
type KindError struct {
	Input string // the offending name, or an invalid Kind's String form
}

// Error describes the problem in one line, quoting the offending input
// escaped and cut to 80 bytes (problem.Quote).
func (e *KindError) Error() string {
	return "unknown transition kind " + problem.Quote(e.Input, problem.MaxQuote) + ": expected one of entry, advancement, lateral"
}

// Unwrap returns ErrUnknownKind, so that errors.Is(err, ErrUnknownKind) holds.
func (e *KindError) Unwrap() error { return ErrUnknownKind }

// Kind is the kind of a career move. The zero value is not a valid kind.
type Kind uint8

// The kinds of move, as job descriptions list them.
const (
	// Entry is a move into a role from one of the roles it is entered from
	// ("Entry point from: Senior IT Manager").
	Entry Kind = iota + 1
	// Advancement is a move up to a more senior role ("Advancement to: CTO").
	Advancement
	// Lateral is a move to a role at about the same level ("Lateral moves:
	// Enterprise Architect").
	Lateral
)

var kindNames = [...]string{"", "entry", "advancement", "lateral"}

// Kinds lists every kind, in order.
var Kinds = [...]Kind{Entry, Advancement, Lateral}

// ParseKind parses "entry", "advancement" or "lateral".
func ParseKind(s string) (Kind, error) {
	for i, n := range kindNames {
		if i > 0 && n == s {
			return Kind(i), nil
		}
	}
	return 0, &KindError{Input: s}
}

// Valid reports whether k is Entry, Advancement or Lateral.
func (k Kind) Valid() bool { return k >= Entry && k <= Lateral }

// String returns "entry", "advancement" or "lateral".
func (k Kind) String() string {
	if k.Valid() {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, &KindError{Input: k.String()}
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// KindSet is a set of kinds of move. A move between two roles may be stated
// as more than one kind (a lateral move that the other role also lists as
// an entry); paths and neighbour listings give its kinds as a KindSet. The
// zero KindSet is empty.
type KindSet uint8

// KindSetOf returns the set of the valid kinds among ks.
func KindSetOf(ks ...Kind) KindSet {
	var s KindSet
	for _, k := range ks {
		if k.Valid() {
			s |= 1 << k
		}
	}
	return s
}

// Has reports whether k is in the set.
func (s KindSet) Has(k Kind) bool { return k.Valid() && s&(1<<k) != 0 }

// Len returns the number of kinds in the set.
func (s KindSet) Len() int {
	n := 0
	for _, k := range Kinds {
		if s.Has(k) {
			n++
		}
	}
	return n
}

// All returns the kinds in the set, in Kinds order.
func (s KindSet) All() iter.Seq[Kind] {
	return func(yield func(Kind) bool) {
		for _, k := range Kinds {
			if s.Has(k) && !yield(k) {
				return
			}
		}
	}
}

// String returns the kinds in Kinds order, separated by ", ", such as
// "entry, lateral"; the empty set is "".
func (s KindSet) String() string {
	var b strings.Builder
	for k := range s.All() {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(k.String())
	}
	return b.String()
}
