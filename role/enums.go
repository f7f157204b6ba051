package role

import (
	"errors"
	"fmt"
	"strings"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// ErrUnknownName is returned, wrapped in a *NameError, when the text form of
// a Level, Track, Degree or Priority is not one this package knows.
var ErrUnknownName = errors.New("unknown name")

// NameError records a name that could not be parsed into one of this
// package's enumerations.
type NameError struct {
	Type     string   // "level", "track", "degree" or "priority"
	Input    string   // the offending text
	Expected []string // the names the type accepts
}

// Error describes the problem in one line, quoting the offending input.
func (e *NameError) Error() string {
	return fmt.Sprintf("unknown %s %s: expected one of %s", e.Type, problem.Quote(e.Input, problem.MaxQuote), strings.Join(e.Expected, ", "))
}

// Unwrap returns ErrUnknownName, so that errors.Is(err, ErrUnknownName) holds.
func (e *NameError) Unwrap() error { return ErrUnknownName }

// enum implements text marshalling for the small enumerations below, whose
// zero value is "not stated" and marshals to "".
type enum[T ~uint8] struct {
	typ   string
	names []string // index 0 is the zero value's name, ""
}

func (e enum[T]) parse(s string) (T, error) {
	for i, n := range e.names {
		if i > 0 && n == s {
			return T(i), nil
		}
	}
	return 0, &NameError{Type: e.typ, Input: s, Expected: e.names[1:]}
}

func (e enum[T]) string(v T) string {
	if int(v) < len(e.names) {
		return e.names[v]
	}
	return fmt.Sprintf("%s(%d)", e.typ, uint8(v))
}

func (e enum[T]) marshal(v T) ([]byte, error) {
	if int(v) >= len(e.names) {
		return nil, &NameError{Type: e.typ, Input: e.string(v), Expected: e.names[1:]}
	}
	return []byte(e.names[v]), nil
}

func (e enum[T]) unmarshal(v *T, b []byte) error {
	if len(b) == 0 {
		*v = 0
		return nil
	}
	x, err := e.parse(string(b))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// Level is a role's seniority, on one ordered scale from individual
// contributor to executive: a higher Level is more senior, so levels compare
// with < and >. The zero value, UnknownLevel, means not stated.
//
// The default catalog assigns levels from titles, by this rule: "Chief …"
// is Executive; "Vice President"/"VP" is VicePresident; "Senior Director" is
// SeniorDirector; "Director", and a "Head of" role the sources place beside a
// director, is Director; "Senior … Manager" and a "Head of" role the sources
// place below a director is SeniorManager; "Manager" is Manager; "Lead",
// "Principal" and "Architect" are Lead; any other title is
// IndividualContributor.
type Level uint8

// The seniority levels, most junior first.
const (
	UnknownLevel Level = iota
	IndividualContributor
	Lead
	Manager
	SeniorManager
	Director
	SeniorDirector
	VicePresident
	Executive
)

var levels = enum[Level]{"level", []string{"", "individual-contributor", "lead", "manager", "senior-manager", "director", "senior-director", "vice-president", "executive"}}

// ParseLevel parses a level's text form, such as "senior-manager".
func ParseLevel(s string) (Level, error) { return levels.parse(s) }

// String returns the level's text form, or "" for UnknownLevel.
func (l Level) String() string { return levels.string(l) }

// Valid reports whether l is UnknownLevel or one of the named levels.
func (l Level) Valid() bool { return int(l) < len(levels.names) }

// MarshalText implements encoding.TextMarshaler.
func (l Level) MarshalText() ([]byte, error) { return levels.marshal(l) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Level) UnmarshalText(b []byte) error { return levels.unmarshal(l, b) }

// Track is the career family a role belongs to: the individual-contributor
// track or the management track. The zero value, UnknownTrack, means not
// stated.
type Track uint8

// The career tracks.
const (
	UnknownTrack Track = iota
	ICTrack
	ManagementTrack
)

var tracks = enum[Track]{"track", []string{"", "individual-contributor", "management"}}

// ParseTrack parses "individual-contributor" or "management".
func ParseTrack(s string) (Track, error) { return tracks.parse(s) }

// String returns the track's text form, or "" for UnknownTrack.
func (t Track) String() string { return tracks.string(t) }

// MarshalText implements encoding.TextMarshaler.
func (t Track) MarshalText() ([]byte, error) { return tracks.marshal(t) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Track) UnmarshalText(b []byte) error { return tracks.unmarshal(t, b) }

// Degree is a level of formal education, ordered so that a higher Degree
// includes the lower ones. The zero value, NoDegreeStated, means the source
// does not name one.
type Degree uint8

// The degrees, lowest first.
const (
	NoDegreeStated Degree = iota
	HighSchool
	Associate
	Bachelor
	Master
	Doctorate
)

var degrees = enum[Degree]{"degree", []string{"", "high-school", "associate", "bachelor", "master", "doctorate"}}

// ParseDegree parses "high-school", "associate", "bachelor", "master" or
// "doctorate".
func ParseDegree(s string) (Degree, error) { return degrees.parse(s) }

// String returns the degree's text form, or "" for NoDegreeStated.
func (d Degree) String() string { return degrees.string(d) }

// MarshalText implements encoding.TextMarshaler.
func (d Degree) MarshalText() ([]byte, error) { return degrees.marshal(d) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Degree) UnmarshalText(b []byte) error { return degrees.unmarshal(d, b) }

// Priority says whether a responsibility is one of a role's primary
// functions or a secondary one. The zero value, UnstatedPriority, is for a
// source that lists duties without ranking them.
type Priority uint8

// The priorities.
const (
	UnstatedPriority Priority = iota
	Primary
	Secondary
)

var priorities = enum[Priority]{"priority", []string{"", "primary", "secondary"}}

// ParsePriority parses "primary" or "secondary".
func ParsePriority(s string) (Priority, error) { return priorities.parse(s) }

// String returns the priority's text form, or "" when unstated.
func (p Priority) String() string { return priorities.string(p) }

// MarshalText implements encoding.TextMarshaler.
func (p Priority) MarshalText() ([]byte, error) { return priorities.marshal(p) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Priority) UnmarshalText(b []byte) error { return priorities.unmarshal(p, b) }
