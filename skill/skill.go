package skill

import (
	"errors"
	"fmt"
	"slices"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// ID identifies a skill within a catalog: a lower-case slug such as
// "cloud-architecture".
type ID string

// CertificationID identifies a certification or programme within a catalog:
// a lower-case slug such as "pmp".
type CertificationID string

// ErrUnknownLevel is returned, wrapped in a *LevelError, for a proficiency
// level or kind name this package does not know.
var ErrUnknownLevel = errors.New("unknown proficiency level")

// ErrUnknownKind is returned, wrapped in a *KindError, for a skill kind or
// certification kind this package does not know.
var ErrUnknownKind = errors.New("unknown kind")

// LevelError records a proficiency level that could not be parsed.
type LevelError struct {
	Input string // the offending name, or an invalid Level's String form
	Err   error  // ErrUnknownLevel
}

// Error describes the problem in one line, quoting the offending input.
func (e *LevelError) Error() string {
	return "unknown skill level " + quote(e.Input) + ": expected one of awareness, working, practitioner, advanced, expert (or 1 to 5)"
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *LevelError) Unwrap() error { return e.Err }

// KindError records a kind that could not be parsed.
type KindError struct {
	Input    string // the offending name, or an invalid kind's String form
	Expected string // the accepted names
	Err      error  // ErrUnknownKind
}

// Error describes the problem in one line, quoting the offending input.
func (e *KindError) Error() string {
	return fmt.Sprintf("unknown kind %s: expected one of %s", quote(e.Input), e.Expected)
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *KindError) Unwrap() error { return e.Err }

// Level is a proficiency on the catalog's one five-step scale. The zero value,
// Unstated, means a source names the skill without saying how much of it is
// needed.
//
// The steps, and the words in a job description that map to each (the rule
// the default catalog follows):
//
//	1 Awareness     "familiarity", "awareness", "broad understanding"
//	2 Working       "knowledge", "understanding", "ability", "skill in"
//	3 Practitioner  "proficient", "strong", "thorough", "comprehensive", "proven ability"
//	4 Advanced      "deep", "advanced", "expertise", "highly developed", "superior", "exceptional"
//	5 Expert        "mastery", "expert"
//
// O*NET rates a skill's level from 0 to 7; FromONetLevel maps that onto this
// scale.
type Level uint8

// The proficiency levels, lowest first.
const (
	Unstated Level = iota
	Awareness
	Working
	Practitioner
	Advanced
	Expert
)

// MaxLevel is the highest proficiency level.
const MaxLevel = Expert

var levelNames = [...]string{"", "awareness", "working", "practitioner", "advanced", "expert"}

// ParseLevel parses a level name ("awareness" … "expert") or its number
// ("1" … "5").
func ParseLevel(s string) (Level, error) {
	for i, n := range levelNames {
		if i > 0 && s == n {
			return Level(i), nil
		}
	}
	if len(s) == 1 && s[0] >= '1' && s[0] <= '5' {
		return Level(s[0] - '0'), nil
	}
	return Unstated, &LevelError{Input: s, Err: ErrUnknownLevel}
}

// FromONetLevel maps O*NET's 0-7 level scale (the LV scale of its Skills
// file) onto this one: a rating r gives ceil(r*5/7), clamped to 1…5, so that
// 0-1.4 is Awareness, 1.4-2.8 Working, 2.8-4.2 Practitioner, 4.2-5.6
// Advanced and above 5.6 Expert. A rating outside 0-7, or NaN, gives Unstated.
func FromONetLevel(r float64) Level {
	if !(r >= 0 && r <= 7) {
		return Unstated
	}
	x := r * 5 / 7
	l := int(x)
	if float64(l) < x {
		l++
	}
	return Level(max(1, min(5, l)))
}

// Valid reports whether l is Unstated or one of the five levels.
func (l Level) Valid() bool { return l <= MaxLevel }

// String returns the level's name, or "" for Unstated.
func (l Level) String() string {
	if l <= MaxLevel {
		return levelNames[l]
	}
	return fmt.Sprintf("Level(%d)", uint8(l))
}

// MarshalText implements encoding.TextMarshaler.
func (l Level) MarshalText() ([]byte, error) {
	if !l.Valid() {
		return nil, &LevelError{Input: l.String(), Err: ErrUnknownLevel}
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is Unstated.
func (l *Level) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = Unstated
		return nil
	}
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Kind says whether a skill is hard (technical, teachable, testable) or soft
// (interpersonal). ESCO's "knowledge" maps onto Hard and its
// "skill/competence" onto Hard or Soft by its reuse level. The zero value,
// UnknownKind, means the source does not say.
type Kind uint8

// The kinds of skill.
const (
	UnknownKind Kind = iota
	Hard
	Soft
)

var kindNames = [...]string{"", "hard", "soft"}

// ParseKind parses "hard" or "soft".
func ParseKind(s string) (Kind, error) {
	switch s {
	case "hard":
		return Hard, nil
	case "soft":
		return Soft, nil
	}
	return UnknownKind, &KindError{Input: s, Expected: "hard, soft", Err: ErrUnknownKind}
}

// String returns "hard", "soft" or "" for UnknownKind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, &KindError{Input: k.String(), Expected: "hard, soft", Err: ErrUnknownKind}
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is UnknownKind.
func (k *Kind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = UnknownKind
		return nil
	}
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Skill is a catalog entry for one skill, referenced by roles and
// certifications through its ID.
type Skill struct {
	// The skill's ID, a lower-case slug unique among skills.
	ID ID `json:"id" validate:"required,slug"`
	// The skill's name.
	Name string `json:"name" validate:"required,max=200"`
	// Whether the skill is hard or soft; omitted when the source does not say.
	Kind Kind `json:"kind,omitzero"`
	// Free text for grouping skills.
	Category string `json:"category,omitempty" validate:"max=100"`
	// What the skill is.
	Description string `json:"description,omitempty" validate:"max=4000"`
	// Other names for the skill.
	Aliases []string `json:"aliases,omitempty" validate:"dive,required,max=200"`
	// Sources lists the catalog source IDs the entry is taken from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
	// DescriptionSources are the IDs of the sources that say Description,
	// each also in Sources. Empty means every source in Sources says it, as
	// for a skill taken from one source; a skill several sources name, whose
	// description is one source's sentence, lists that source here.
	DescriptionSources []string `json:"description_sources,omitempty" validate:"dive,required"`
	// Note says how the catalog read its sources where a reader may ask:
	// a source that names the skill but is not in Sources (because it names
	// it as something else, such as a resource or a certification), or a
	// name read from the source's wording.
	Note string `json:"note,omitempty" validate:"max=4000"`
}

// Clone returns a deep copy of s that shares no memory with it.
func (s Skill) Clone() Skill {
	s.Aliases = slices.Clone(s.Aliases)
	s.Sources = slices.Clone(s.Sources)
	s.DescriptionSources = slices.Clone(s.DescriptionSources)
	return s
}

// DescribedBy returns the IDs of the sources that say the skill's
// Description: DescriptionSources, or Sources when that is empty. It is nil
// when the skill has no description.
func (s Skill) DescribedBy() []string {
	switch {
	case s.Description == "":
		return nil
	case len(s.DescriptionSources) > 0:
		return s.DescriptionSources
	}
	return s.Sources
}

// CredentialKind says whether a credential is an examined certification or
// a course of study such as an executive programme. The zero value is
// Certificate.
type CredentialKind uint8

// The kinds of credential.
const (
	Certificate CredentialKind = iota // an examined certification such as PMP
	Programme                         // a course or executive programme
)

var credentialNames = [...]string{"certification", "programme"}

// String returns "certification" or "programme".
func (k CredentialKind) String() string {
	if int(k) < len(credentialNames) {
		return credentialNames[k]
	}
	return fmt.Sprintf("CredentialKind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k CredentialKind) MarshalText() ([]byte, error) {
	if int(k) >= len(credentialNames) {
		return nil, &KindError{Input: k.String(), Expected: "certification, programme", Err: ErrUnknownKind}
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is
// Certificate.
func (k *CredentialKind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "", "certification":
		*k = Certificate
	case "programme", "program":
		*k = Programme
	default:
		return &KindError{Input: string(b), Expected: "certification, programme", Err: ErrUnknownKind}
	}
	return nil
}

// Certification is a catalog entry for a certification or programme, with
// the skills it gives evidence of. A person who holds it is taken to have each
// evidenced skill at the level stated there.
type Certification struct {
	// The certification's ID, a lower-case slug unique among certifications.
	ID CertificationID `json:"id" validate:"required,slug"`
	// The certification's name.
	Name string `json:"name" validate:"required,max=200"`
	// An examined certification (the default) or a programme.
	Kind CredentialKind `json:"kind,omitzero"`
	// The usual acronym, such as PMP.
	Acronym string `json:"acronym,omitempty" validate:"max=40"`
	// The body that awards it.
	Issuer string `json:"issuer,omitempty" validate:"max=200"`
	// What the certification is.
	Description string `json:"description,omitempty" validate:"max=4000"`
	// The skills a holder is taken to have, and at what level.
	Evidences []Evidence `json:"evidences,omitempty" validate:"dive"`
	// IDs of the catalog sources the entry is taken from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
	// Note says how the catalog read its sources where a reader may ask,
	// such as why the credential evidences a skill its name does not spell
	// out.
	Note string `json:"note,omitempty" validate:"max=4000"`
}

// Evidence is one skill a certification evidences, and at what level.
type Evidence struct {
	// The ID of a catalog skill.
	Skill ID `json:"skill" validate:"required"`
	// The level a holder is taken to have; omitted when not stated.
	Level Level `json:"level,omitzero" validate:"level"`
}

// Clone returns a deep copy of c that shares no memory with it.
func (c Certification) Clone() Certification {
	c.Evidences = slices.Clone(c.Evidences)
	c.Sources = slices.Clone(c.Sources)
	return c
}

// Quote is words sources say, with the IDs of the sources that say them.
// Where several sources name one thing in different words, a catalog keeps
// each source's words as a Quote of its own, so that a reader can tell which
// source said what.
type Quote struct {
	// The words, verbatim.
	Text string `json:"text" validate:"required,max=4000"`
	// IDs of the catalog sources that say Text; at least one.
	Sources []string `json:"sources" validate:"min=1,dive,required"`
}

func (q Quote) clone() Quote { q.Sources = slices.Clone(q.Sources); return q }

// CloneQuotes returns a deep copy of qs (nil for nil).
func CloneQuotes(qs []Quote) []Quote {
	if qs == nil {
		return nil
	}
	out := make([]Quote, len(qs))
	for i, q := range qs {
		out[i] = q.clone()
	}
	return out
}

// Requirement is one skill a role asks for: at what level, and whether it is
// essential or optional.
//
// Text and Quotes hold what the sources say. Text is words every source in
// Sources says; where the sources say it in different words, Text is empty
// and Quotes keep each source's words with that source. Every source a
// Quote cites is in Sources. Level is the highest any source states.
type Requirement struct {
	// The ID of a catalog skill.
	Skill ID `json:"skill" validate:"required"`
	// The level needed; omitted when the source states none.
	Level Level `json:"level,omitzero" validate:"level"`
	// Label is the level in the source's own words where it has its own
	// proficiency scale ("Working knowledge" in the FT engineering
	// progression, "Practitioner" in the UK DDaT framework). Gaps compare
	// Level; Label is for people.
	Label string `json:"label,omitempty" validate:"max=200"`
	// Whether the skill is essential (true) or optional (false, the default).
	Essential bool `json:"essential"`
	// Text is what the sources say about the skill for this role, verbatim
	// where they give a sentence: words every source in Sources says.
	Text string `json:"text,omitempty" validate:"max=4000"`
	// IDs of the catalog sources it comes from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
	// Quotes are each source's own words about the skill, where the sources
	// do not share one Text; every source a quote cites is in Sources.
	Quotes []Quote `json:"quotes,omitempty" validate:"dive"`
}

// Clone returns a deep copy of r.
func (r Requirement) Clone() Requirement {
	r.Sources = slices.Clone(r.Sources)
	r.Quotes = CloneQuotes(r.Quotes)
	return r
}

// quote quotes input echoed in an error, escaped and cut to 80 bytes
// (problem.Quote).
func quote(s string) string { return problem.Quote(s, problem.MaxQuote) }

// quoteID quotes an ID echoed in an error, escaped and cut to 120 bytes.
func quoteID[T ~string](id T) string { return problem.Quote(string(id), problem.MaxQuoteID) }
