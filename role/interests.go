package role

import (
	"cmp"
	"iter"
	"math"
	"slices"
)

// RIASEC names the six interest types of Holland's theory of vocational
// choice, in their conventional order, by their initials: Realistic,
// Investigative, Artistic, Social, Enterprising, Conventional. O*NET
// rates every occupation on each (its Interests file).
const RIASEC = "RIASEC"

// Interests are a role's occupational interest profile: how much the work
// suits each of the six RIASEC types, and the types it suits most.
//
// For O*NET, each score is the occupation's rating on its Occupational
// Interests scale (OI), 1 (the type hardly describes the work) to 7 (it
// describes it very well), and HighPoint is its first, second and third
// Interest High-Point (O*NET's IH elements 1.B.1.g-i) as initials, highest
// first: Software Developers are "ICR", Investigative, then Conventional,
// then Realistic. O*NET gives fewer than three high points where the
// lower ones would add nothing; HighPoint then has fewer letters.
//
// A person's profile (from an interest inventory such as O*NET's Interest
// Profiler) is an Interests value too, on any scale: Correlation and
// RankByInterests compare the shapes of two profiles, not their levels.
type Interests struct {
	// Realistic: work with things, tools, machines, plants or animals,
	// often outdoors. Score on the source's scale (O*NET's OI: 1-7).
	Realistic float64 `json:"realistic" validate:"min=1,max=7"`
	// Investigative: work with ideas, searching for facts and solving
	// problems by thought.
	Investigative float64 `json:"investigative" validate:"min=1,max=7"`
	// Artistic: work with forms, designs and patterns, with
	// self-expression and without a clear set of rules.
	Artistic float64 `json:"artistic" validate:"min=1,max=7"`
	// Social: work with people, teaching, helping or serving them.
	Social float64 `json:"social" validate:"min=1,max=7"`
	// Enterprising: starting up and carrying out projects, leading people
	// and making decisions, taking risks for profit.
	Enterprising float64 `json:"enterprising" validate:"min=1,max=7"`
	// Conventional: following set procedures and routines, working with
	// data and detail more than with ideas.
	Conventional float64 `json:"conventional" validate:"min=1,max=7"`
	// HighPoint is the source's high-point code: the initials of the
	// types the work suits most, highest first, one to three distinct
	// letters of RIASEC ("ICR"); omitted when the source gives none.
	HighPoint string `json:"high_point,omitempty" validate:"omitempty,riasec"`
	// IDs of the catalog sources the scores come from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
}

func (i Interests) clone() Interests { i.Sources = slices.Clone(i.Sources); return i }

// Scores returns the six scores in RIASEC order.
func (i Interests) Scores() [6]float64 {
	return [6]float64{i.Realistic, i.Investigative, i.Artistic, i.Social, i.Enterprising, i.Conventional}
}

// Code returns the initials of the n highest scores, highest first, ties
// in RIASEC order: the high-point code of a profile that has none (a
// person's scores). n is clamped to 0…6.
func (i Interests) Code(n int) string {
	s := i.Scores()
	order := []int{0, 1, 2, 3, 4, 5}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(s[b], s[a]) })
	out := make([]byte, 0, 6)
	for _, k := range order[:max(0, min(n, 6))] {
		out = append(out, RIASEC[k])
	}
	return string(out)
}

// Correlation returns Pearson's correlation coefficient between the six
// scores of i and of p, from -1 (opposite shapes) to 1 (the same shape):
// a measure of how alike two interest profiles are that ignores their
// level and scale, so a person's raw inventory scores compare directly
// with O*NET's 1-7 ratings. ok is false, and r 0, when either profile has
// all six scores equal (no shape to compare) or a score that is not a
// finite number.
func (i Interests) Correlation(p Interests) (r float64, ok bool) {
	x, y := i.Scores(), p.Scores()
	flat := func(v [6]float64) bool { return v == [6]float64{v[0], v[0], v[0], v[0], v[0], v[0]} }
	if flat(x) || flat(y) {
		return 0, false
	}
	var mx, my float64
	for k := range 6 {
		mx += x[k]
		my += y[k]
	}
	mx, my = mx/6, my/6
	var sxy, sxx, syy float64
	for k := range 6 {
		dx, dy := x[k]-mx, y[k]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	r = sxy / math.Sqrt(sxx*syy)
	if sxx == 0 || syy == 0 || math.IsNaN(r) || math.IsInf(r, 0) {
		return 0, false
	}
	return max(-1, min(1, r)), true
}

// InterestMatch is one role RankByInterests ranks: how closely its
// interest profile correlates with a person's.
type InterestMatch struct {
	Role  ID     `json:"role"`  // the role's ID
	Title string `json:"title"` // the role's title
	// Correlation is Interests.Correlation of the person's profile and the
	// role's, from -1 to 1; higher is a closer match.
	Correlation float64 `json:"correlation"`
	// HighPoint is the role's high-point code, as its source gives it.
	HighPoint string `json:"high_point,omitempty"`
}

// RankByInterests ranks roles by how closely their interest profiles
// correlate with the person's profile p (Interests.Correlation), highest
// first, ties by role ID, and returns the first n (all when n <= 0). Roles
// without interests, or whose profile has no shape, are left out; a p with
// no shape (six equal scores) ranks nothing and gives nil. It takes the
// roles of any catalog, as in RankByInterests(p, c.Roles(), 10), in
// O(r log r) time for r roles.
func RankByInterests(p Interests, roles iter.Seq[Role], n int) []InterestMatch {
	if _, ok := p.Correlation(p); !ok {
		return nil // no shape: nothing correlates with it
	}
	var out []InterestMatch
	for r := range roles {
		if r.Interests == nil {
			continue
		}
		c, ok := p.Correlation(*r.Interests)
		if !ok {
			continue
		}
		out = append(out, InterestMatch{Role: r.ID, Title: r.Title, Correlation: c, HighPoint: r.Interests.HighPoint})
	}
	slices.SortFunc(out, func(a, b InterestMatch) int {
		return cmp.Or(cmp.Compare(b.Correlation, a.Correlation), cmp.Compare(a.Role, b.Role))
	})
	if n > 0 && len(out) > n {
		out = slices.Clip(out[:n])
	}
	return out
}
