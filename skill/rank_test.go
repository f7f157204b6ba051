package skill

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// The table's readiness is Assess's to the last bit: for roles of a few
// requirements and of more than 256 (read in order), with skills the
// table does not know, and with certifications. Each role names a skill
// once, as a catalog's roles do (Assess does not say in which order it
// sums two requirements of one skill).
func TestRequirementTableEqualsAssess(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	ids := make([]ID, 400)
	for i := range ids {
		ids[i] = ID(fmt.Sprintf("s%02d", i))
	}
	cert := Certification{ID: "c", Evidences: []Evidence{{Skill: "s01", Level: Advanced}, {Skill: "s02"}}}
	lookup := func(id CertificationID) (Certification, bool) { return cert, id == "c" }
	var known []ID
	for k, id := range ids {
		if k%20 != 0 {
			known = append(known, id)
		}
	}
	for range 300 {
		var sets [][]Requirement
		for range 1 + r.IntN(6) {
			n := r.IntN(70)
			if r.IntN(10) == 0 {
				n = 257 + r.IntN(100)
			}
			var set []Requirement
			for _, k := range r.Perm(len(ids))[:n] {
				id := ids[k]
				if k%20 == 0 {
					id += "-unknown"
				}
				l := Level(r.IntN(6))
				if r.IntN(200) == 0 {
					l = Expert + 1 + Level(r.IntN(3)) // past the scale: the table reads it in order
				}
				set = append(set, Requirement{Skill: id, Level: l, Essential: r.IntN(2) == 0})
			}
			sets = append(sets, set)
		}
		var p Profile
		for _, id := range known {
			if r.IntN(2) == 0 {
				p.Skills = append(p.Skills, Held{Skill: id, Level: Level(1 + r.IntN(5))})
			}
		}
		if r.IntN(2) == 0 {
			p.Certifications = []CertificationID{"c"}
		}
		table := NewRequirementTable(known, sets)
		held := table.Holdings(p, lookup, nil)
		for i, set := range sets {
			want := Assess(p, set, lookup).Readiness()
			require.Equal(t, want, table.Readiness(held, i), "set %d: %v", i, set)
		}
	}
}
