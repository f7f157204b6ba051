package skill

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// Held is one skill a person has, at a level.
type Held struct {
	Skill ID    `json:"skill"` // a catalog skill
	Level Level `json:"level"` // Awareness to Expert; Unstated is invalid
}

// Profile is what a person brings: skills at levels on the catalog's scale,
// and certifications held. The zero Profile holds nothing.
type Profile struct {
	Skills         []Held            `json:"skills,omitempty"`         // a skill listed twice counts at its higher level
	Certifications []CertificationID `json:"certifications,omitempty"` // each counts as the skills it evidences
}

// ErrProfile is what a *ProfileError unwraps to.
var ErrProfile = errors.New("invalid profile")

// ProfileError reports a profile entry that cannot be used.
type ProfileError struct {
	Index int    // position in Profile.Skills, or -1
	Skill ID     // the skill concerned, if any
	Why   string // what is wrong and what was expected
}

// Error describes the problem in one line, quoting the offending input:
// the skill ID escaped and cut to 120 bytes, Why made safe and cut to 600
// (problem.Quote, problem.Text).
func (e *ProfileError) Error() string {
	if e.Skill != "" {
		return fmt.Sprintf("%v: skill %s: %s", ErrProfile, quoteID(e.Skill), problem.Text(e.Why, problem.MaxMessage))
	}
	return fmt.Sprintf("%v: %s", ErrProfile, problem.Text(e.Why, problem.MaxMessage))
}

// Unwrap returns ErrProfile.
func (e *ProfileError) Unwrap() error { return ErrProfile }

// Validate checks that every skill has an ID and a level from Awareness to
// Expert. Listing a skill twice is allowed; the higher level counts.
func (p Profile) Validate() error {
	for i, h := range p.Skills {
		switch {
		case h.Skill == "":
			return &ProfileError{Index: i, Why: "a skill has no ID"}
		case h.Level == Unstated || !h.Level.Valid():
			return &ProfileError{Index: i, Skill: h.Skill, Why: fmt.Sprintf("level %d is out of range: expected awareness (1) to expert (5)", h.Level)}
		}
	}
	return nil
}

// EvidenceLevel is the level a certification's evidence counts as when the
// certification does not state one.
const EvidenceLevel = Working

// Shortfall is one requirement set against what a person has.
type Shortfall struct {
	Skill     ID    `json:"skill"`             // the skill required
	Required  Level `json:"required,omitzero"` // Unstated when the source gives no level
	Held      Level `json:"held,omitzero"`     // the level the person has, or is evidenced at; Unstated for none
	Essential bool  `json:"essential"`         // as the requirement says; false for optional
	// Via names the certification that evidences the held level, when the
	// level comes from a certification rather than the profile.
	Via CertificationID `json:"via,omitempty"`
	// Label is the required level in the source's own words: the
	// requirement's Label ("Foundational" in the FT engineering
	// progression, whose Foundational is Required working), empty when the
	// requirement has none. Gaps compare Required; Label is for people.
	// (It comes last so that the small fields above share one word.)
	Label string `json:"label,omitempty"`
}

// Gap compares a profile with a set of requirements. The zero Gap is the
// gap to no requirements: Complete, with a Readiness of 0 (see Readiness).
type Gap struct {
	// Missing are the requirements the person has no level in.
	Missing []Shortfall `json:"missing"`
	// Short are the requirements held below the required level.
	Short []Shortfall `json:"short"`
	// Met are the requirements held at or above the required level.
	Met []Shortfall `json:"met"`
}

// need is the level a requirement asks for; a requirement without a stated
// level is met by any level.
func need(l Level) Level { return max(l, Awareness) }

// Assess compares profile p with reqs. cert looks up a certification by ID
// (nil if the caller has none); a held certification counts as each skill
// it evidences at the evidence's level (EvidenceLevel when unstated),
// unless the profile holds the skill at a higher level. Each list of the
// Gap is ordered by skill ID. Requirements already sorted by skill ID take
// a faster path (a merge, no hashing); the catalog keeps them so.
func Assess(p Profile, reqs []Requirement, cert func(CertificationID) (Certification, bool)) Gap {
	// What the person holds: profile levels and certification evidence.
	held := make([]heldAt, 0, len(p.Skills)+4*len(p.Certifications))
	for _, h := range p.Skills {
		held = append(held, heldAt{skill: h.Skill, level: h.Level})
	}
	if cert != nil {
		for _, id := range p.Certifications {
			c, ok := cert(id)
			if !ok {
				continue
			}
			for _, e := range c.Evidences {
				l := e.Level
				if l == Unstated {
					l = EvidenceLevel
				}
				held = append(held, heldAt{skill: e.Skill, level: l, via: id})
			}
		}
	}
	// The best level per skill, as an index into held; a profile level
	// beats a certification's at the same level.
	// Find, for each requirement, the best held level (a profile level
	// beats a certification's at the same level). Sorted requirements are
	// merged with the sorted holdings, which hashes nothing; others go
	// through a map.
	var lookup func(id ID) (int32, bool)
	if slices.IsSortedFunc(reqs, func(a, b Requirement) int { return strings.Compare(string(a.Skill), string(b.Skill)) }) {
		slices.SortFunc(held, func(a, b heldAt) int {
			if a.skill != b.skill {
				return strings.Compare(string(a.skill), string(b.skill))
			}
			if a.level != b.level {
				return int(b.level) - int(a.level)
			}
			return strings.Compare(string(a.via), string(b.via))
		})
		h := 0
		lookup = func(id ID) (int32, bool) {
			for h < len(held) && held[h].skill < id {
				h++
			}
			return int32(h), h < len(held) && held[h].skill == id
		}
	} else {
		best := make(map[ID]int32, len(held))
		for i, h := range held {
			j, ok := best[h.skill]
			if !ok || h.level > held[j].level || (h.level == held[j].level && h.via < held[j].via) {
				best[h.skill] = int32(i)
			}
		}
		lookup = func(id ID) (int32, bool) { j, ok := best[id]; return j, ok }
	}
	// First classify each requirement (0 missing, 1 short, 2 met) and
	// remember where its held level is; then place every Shortfall
	// straight into one backing array cut into the three lists.
	var small [64]int32
	at := small[:0]
	if len(reqs) > len(small) {
		at = make([]int32, 0, len(reqs))
	}
	var counts [3]int
	for _, r := range reqs {
		j, ok := lookup(r.Skill)
		k := 0
		if ok {
			if held[j].level < need(r.Level) {
				k = 1
			} else {
				k = 2
			}
		} else {
			j = -1
		}
		at = append(at, int32(j)<<2|int32(k))
		counts[k]++
	}
	out := make([]Shortfall, len(reqs))
	start := [3]int{0, counts[0], counts[0] + counts[1]}
	next := start
	for i, r := range reqs {
		k, j := at[i]&3, at[i]>>2
		s := Shortfall{Skill: r.Skill, Required: r.Level, Label: r.Label, Essential: r.Essential}
		if j >= 0 {
			s.Held, s.Via = held[j].level, held[j].via
		}
		out[next[k]] = s
		next[k]++
	}
	g := Gap{
		Missing: out[start[0]:next[0]:next[0]],
		Short:   out[start[1]:next[1]:next[1]],
		Met:     out[start[2]:next[2]:next[2]],
	}
	for _, l := range [][]Shortfall{g.Missing, g.Short, g.Met} {
		if !slices.IsSortedFunc(l, bySkill) {
			slices.SortFunc(l, bySkill)
		}
	}
	for _, l := range []*[]Shortfall{&g.Missing, &g.Short, &g.Met} {
		if len(*l) == 0 {
			*l = nil
		}
	}
	return g
}

type heldAt struct {
	skill ID
	level Level
	via   CertificationID
}

func bySkill(a, b Shortfall) int { return strings.Compare(string(a.Skill), string(b.Skill)) }

// Requirements returns the number of requirements assessed.
func (g Gap) Requirements() int { return len(g.Missing) + len(g.Short) + len(g.Met) }

// Complete reports whether nothing essential is missing or short.
func (g Gap) Complete() bool {
	for _, l := range [][]Shortfall{g.Missing, g.Short} {
		for _, s := range l {
			if s.Essential {
				return false
			}
		}
	}
	return true
}

// EssentialWeight is how much more an essential requirement counts in
// Readiness than an optional one.
const EssentialWeight = 3

// Readiness is how ready a person is for the requirements, in [0, 1]:
//
//	1                                     when nothing essential is missing or short (Complete)
//	Σ w(r)·credit(r) / Σ w(r)             otherwise
//
// where w(r) is EssentialWeight for an essential requirement and 1 for an
// optional one, and credit(r) = min(held, required) / required on the
// level scale (a requirement without a stated level needs Awareness). So
// readiness is below 1 while anything essential is lacking, essential skills
// weigh three times as much as optional ones, and raising any held level, or
// adding a skill or certification, never lowers it. A Gap with no
// requirements has readiness 0: ask Requirements first, since "no
// requirements recorded" is not "ready".
func (g Gap) Readiness() float64 {
	if g.Requirements() == 0 {
		return 0
	}
	if g.Complete() {
		return 1
	}
	var num, den float64
	for _, l := range [][]Shortfall{g.Missing, g.Short, g.Met} {
		for _, s := range l {
			w := 1.0
			if s.Essential {
				w = EssentialWeight
			}
			n := need(s.Required)
			num += w * float64(min(s.Held, n)) / float64(n)
			den += w
		}
	}
	return num / den
}
