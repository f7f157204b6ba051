package skill

// RequirementTable holds the requirements of many roles in dense form, so
// that one person's readiness for every role is one pass over flat arrays:
// skills become small integers, a person's holdings an array indexed by
// them. Readiness gives, for each role, exactly what Assess(...).Readiness
// gives (the same sums in the same order), at a fraction of the cost, for
// roles that name each skill once, as a catalog's do.
//
// A table is immutable after NewRequirementTable and safe for concurrent
// use. It takes 8 bytes per requirement and 12 per role.
type RequirementTable struct {
	skills map[ID]int32 // skill -> column
	start  []int32      // role i's requirements are reqs[start[i]:start[i+1]]
	den    []float64    // role i's total weight: Readiness's denominator
	reqs   []denseReq
}

type denseReq struct {
	skill     int32
	need      Level // need(Required): Awareness when unstated
	essential bool
}

// NewRequirementTable builds the table of the given roles' requirements,
// one set per role, in role order. skills lists every skill ID a
// requirement or a certification may name; a requirement naming another
// skill can never be met.
func NewRequirementTable(skills []ID, sets [][]Requirement) *RequirementTable {
	t := &RequirementTable{skills: make(map[ID]int32, len(skills)), start: make([]int32, 0, len(sets)+1)}
	for i, id := range skills {
		t.skills[id] = int32(i)
	}
	n := 0
	for _, s := range sets {
		n += len(s)
	}
	t.reqs = make([]denseReq, 0, n)
	t.den = make([]float64, 0, len(sets))
	for _, set := range sets {
		t.start = append(t.start, int32(len(t.reqs)))
		// The weights are small whole numbers: their sum is exact in any
		// order.
		den := 0
		for _, r := range set {
			den += weight(r.Essential)
		}
		t.den = append(t.den, float64(den))
		// Sorted by skill ID, as Assess lists each category: the sums
		// then run in Readiness's order.
		sorted := isSortedBySkill(set)
		order := set
		if !sorted {
			order = append([]Requirement(nil), set...)
			sortBySkill(order)
		}
		for _, r := range order {
			col, ok := t.skills[r.Skill]
			if !ok {
				col = -1
			}
			t.reqs = append(t.reqs, denseReq{skill: col, need: need(r.Level), essential: r.Essential})
		}
	}
	t.start = append(t.start, int32(len(t.reqs)))
	return t
}

// Roles returns the number of roles in the table.
func (t *RequirementTable) Roles() int { return len(t.start) - 1 }

// Requirements returns the number of requirements of role i.
func (t *RequirementTable) Requirements(i int) int { return int(t.start[i+1] - t.start[i]) }

// Holdings returns what profile p holds, one level per skill of the table
// in the order NewRequirementTable was given them: the highest of the
// profile's level and the levels its certifications evidence (cert looks
// them up; nil for none), as Assess counts them. It reuses buf when it is
// large enough.
func (t *RequirementTable) Holdings(p Profile, cert func(CertificationID) (Certification, bool), buf []Level) []Level {
	n := len(t.skills)
	if cap(buf) < n {
		buf = make([]Level, n)
	}
	buf = buf[:n]
	clear(buf)
	for _, h := range p.Skills {
		if col, ok := t.skills[h.Skill]; ok {
			buf[col] = max(buf[col], h.Level)
		}
	}
	if cert != nil {
		for _, id := range p.Certifications {
			c, ok := cert(id)
			if !ok {
				continue
			}
			for _, e := range c.Evidences {
				if col, ok := t.skills[e.Skill]; ok {
					buf[col] = max(buf[col], cmpOr(e.Level, EvidenceLevel))
				}
			}
		}
	}
	return buf
}

func cmpOr(l, def Level) Level {
	if l == Unstated {
		return def
	}
	return l
}

// Readiness returns the readiness of holdings held (from Holdings) for
// role i, exactly as Gap.Readiness defines it: 0 for a role without
// requirements, 1 when nothing essential is missing or short, else the
// weighted credit.
func (t *RequirementTable) Readiness(held []Level, i int) float64 {
	reqs := t.reqs[t.start[i]:t.start[i+1]]
	if len(reqs) == 0 {
		return 0
	}
	// Gap.Readiness sums the credit of Missing (all zero), then Short, then
	// Met (each its weight), each in skill order. One pass sums Short's as
	// it goes and keeps Met's weights aside, to add after in order: the
	// same float64 to the last bit. The denominator is the role's total
	// weight, the same for everyone.
	var metW [256]uint8
	met := metW[:0]
	var num float64
	complete := true
	for _, r := range reqs {
		var h Level
		if r.skill >= 0 {
			h = held[r.skill]
		}
		switch {
		case h >= r.need:
			met = append(met, uint8(weight(r.essential)))
		case r.essential:
			complete = false
			fallthrough
		default:
			if h > Unstated {
				num += float64(weight(r.essential)) * float64(h) / float64(r.need)
			}
		}
	}
	if complete {
		return 1
	}
	if num == 0 {
		// Whole weights added from zero: exact in any order.
		w := 0
		for _, x := range met {
			w += int(x)
		}
		return float64(w) / t.den[i]
	}
	for _, w := range met {
		num += float64(w)
	}
	return num / t.den[i]
}

func weight(essential bool) int {
	if essential {
		return EssentialWeight
	}
	return 1
}

// Lacking appends to dst the skills of role i's essential requirements
// that held does not meet, in skill order, and returns the extended slice.
func (t *RequirementTable) Lacking(held []Level, i int, skills []ID, dst []ID) []ID {
	for _, r := range t.reqs[t.start[i]:t.start[i+1]] {
		if r.essential && r.skill >= 0 && held[r.skill] < r.need {
			dst = append(dst, skills[r.skill])
		}
	}
	return dst
}

func isSortedBySkill(s []Requirement) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1].Skill > s[i].Skill {
			return false
		}
	}
	return true
}

func sortBySkill(s []Requirement) {
	// Insertion sort keeps equal skills in order, as the stable sorts of
	// Assess do; sets are small.
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j-1].Skill > s[j].Skill; j-- {
			s[j-1], s[j] = s[j], s[j-1]
		}
	}
}
