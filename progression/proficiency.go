package progression

import (
	"errors"
	"fmt"
	"strings"

	"github.com/rolemodel/rolemodel/internal/decode"
	"github.com/rolemodel/rolemodel/internal/problem"
	"github.com/rolemodel/rolemodel/skill"
)

// FTProficiency is a word of the FT engineering progression's proficiency
// scale: how much of a competency a level expects. The scale has five
// words, which the FT's job-family schema (test/schema/job-family.json in
// the engineering-progression repository) lists as the enum of a
// competency's proficiency, in this order, lowest first; the levels of
// engineering.yml use them in the same order from Junior Engineer (mostly
// Awareness) to Technology Director (all Expert). The zero value,
// FTUnstated, is no word.
//
// FTProficiency values compare with < and >. Level maps each word by rank
// onto the catalog's five-step scale, so a gap compares ranks while
// skill.Requirement.Label keeps the FT's word:
//
//	FT word             skill.Level
//	Awareness           awareness (1)
//	Foundational        working (2)
//	Working knowledge   practitioner (3)
//	Practitioner        advanced (4)
//	Expert              expert (5)
//
// The names differ from rank 2 on ("Working knowledge" is practitioner,
// "Practitioner" advanced) because both scales have five steps and the
// FT's second word, Foundational, sits below its "Working knowledge".
type FTProficiency uint8

// The FT proficiency words, lowest first.
const (
	FTUnstated         FTProficiency = iota
	FTAwareness                      // "Awareness"
	FTFoundational                   // "Foundational"
	FTWorkingKnowledge               // "Working knowledge"
	FTPractitioner                   // "Practitioner"
	FTExpert                         // "Expert"
)

var ftWords = [...]string{"", "Awareness", "Foundational", "Working knowledge", "Practitioner", "Expert"}

// ErrUnknownProficiency is what a *ProficiencyError unwraps to.
var ErrUnknownProficiency = errors.New("unknown proficiency")

// ProficiencyError records a proficiency word that is not on the FT scale.
type ProficiencyError struct {
	Input string // the offending text, cut to at most 64 bytes
}

// Error describes the problem in one line in the shape of every
// enumeration error of the module, quoting the offending input escaped and
// cut (problem.Quote): `unknown proficiency "Guru": expected one of
// Awareness, Foundational, Working knowledge, Practitioner, Expert`.
func (e *ProficiencyError) Error() string {
	return "unknown proficiency " + problem.Quote(e.Input, problem.MaxQuote) + ": expected one of " + ftExpected
}

// ftExpected lists the FT scale's words for an "expected one of" message.
const ftExpected = "Awareness, Foundational, Working knowledge, Practitioner, Expert"

// Unwrap returns ErrUnknownProficiency.
func (e *ProficiencyError) Unwrap() error { return ErrUnknownProficiency }

// ParseFTProficiency parses one of the five FT words, ignoring case and
// surrounding space ("working knowledge" is FTWorkingKnowledge). Any other
// text, including "", gives a *ProficiencyError.
func ParseFTProficiency(s string) (FTProficiency, error) {
	t := strings.TrimSpace(s)
	for i, w := range ftWords {
		if i > 0 && strings.EqualFold(t, w) {
			return FTProficiency(i), nil
		}
	}
	return FTUnstated, &ProficiencyError{Input: decode.Clip(s, 64)}
}

// String returns the FT's word ("Working knowledge"), "" for FTUnstated, or
// FTProficiency(n) for a value that is none of these.
func (p FTProficiency) String() string {
	if int(p) < len(ftWords) {
		return ftWords[p]
	}
	return fmt.Sprintf("FTProficiency(%d)", uint8(p))
}

// Valid reports whether p is FTUnstated or one of the five words.
func (p FTProficiency) Valid() bool { return int(p) < len(ftWords) }

// Level returns the step of the catalog's scale the word maps to, by rank
// (see FTProficiency); FTUnstated and invalid values give skill.Unstated.
func (p FTProficiency) Level() skill.Level {
	if p == FTUnstated || !p.Valid() {
		return skill.Unstated
	}
	return skill.Level(p)
}

// MarshalText implements encoding.TextMarshaler: the FT's word, "" for
// FTUnstated, and an error for an invalid value.
func (p FTProficiency) MarshalText() ([]byte, error) {
	if !p.Valid() {
		return nil, &ProficiencyError{Input: p.String()}
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler as ParseFTProficiency
// does; empty text is FTUnstated.
func (p *FTProficiency) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = FTUnstated
		return nil
	}
	v, err := ParseFTProficiency(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
