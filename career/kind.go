package career

import (
	"errors"
	"fmt"
)

// ErrUnknownKind is returned, wrapped in a *KindError, for a transition kind
// name other than "entry", "advancement" or "lateral".
var ErrUnknownKind = errors.New("unknown transition kind")

// KindError records a transition kind that could not be parsed.
type KindError struct {
	Input string // the offending name, or an invalid Kind's String form
}

// Error describes the problem in one line, quoting the offending input.
func (e *KindError) Error() string {
	return fmt.Sprintf("career: kind %q: %v (expected entry, advancement or lateral)", e.Input, ErrUnknownKind)
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
