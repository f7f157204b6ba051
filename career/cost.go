package career

import "math"

// cost is a path's cost, held as the unevaluated sum hi+lo of two float64s
// (double-double arithmetic), so that adding weights loses nothing in all
// but extreme cases: hi is the float64 nearest the exact sum and lo the
// exact remainder. The representation of a value is unique, so two sums of
// the same weights in different orders compare equal, which a float64 sum
// does not promise (0.1+0.2+1 is 1.3000000000000003, 1+0.2+0.1 is 1.3).
//
// The sum is exact while it is below 2^53 (about 9e15) times the smallest
// non-zero weight added to it, and for whole numbers (or halves, quarters,
// ...) below 2^100: far beyond any career path. Past that (weights of 1e-20
// and 1e20 on one path) lo is rounded, and such costs are ordered only as
// well as 106 bits allow. A sum too large for a float64 (one that would
// round to +Inf) becomes +Inf, which queries refuse.
type cost struct{ hi, lo float64 }

// add returns c + w for a weight w >= 0.
func (c cost) add(w float64) cost {
	s := c.hi + w
	if c.lo == 0 && s-c.hi == w && s-w == c.hi {
		return cost{hi: s} // exact in float64, the common case; +Inf on overflow
	}
	return c.addInexact(w, s)
}

// addInexact is add where s = c.hi + w is not the exact sum.
func (c cost) addInexact(w, s float64) cost {
	if s > math.MaxFloat64 {
		return cost{hi: s} // overflow
	}
	// TwoSum: s + e == c.hi + w exactly.
	bb := s - c.hi
	t := c.lo + ((c.hi - (s - bb)) + (w - bb))
	// FastTwoSum: hi + lo == s + t exactly, hi the float64 nearest it.
	hi := s + t
	if hi > math.MaxFloat64 {
		return cost{hi: hi}
	}
	return cost{hi: hi, lo: t - (hi - s)}
}

// plus returns c + d.
func (c cost) plus(d cost) cost { return c.add(d.hi).add(d.lo) }

// cmp orders costs by value.
func (c cost) cmp(d cost) int {
	switch {
	case c.hi < d.hi:
		return -1
	case c.hi > d.hi:
		return 1
	case c.lo < d.lo:
		return -1
	case c.lo > d.lo:
		return 1
	}
	return 0
}

func (c cost) overflowed() bool { return math.IsInf(c.hi, 1) }

// key is what the searches order partial paths by: cost, then moves.
type key struct {
	c cost
	m int32
}

func (k key) cmp(l key) int {
	if c := k.c.cmp(l.c); c != 0 {
		return c
	}
	switch {
	case k.m < l.m:
		return -1
	case k.m > l.m:
		return 1
	}
	return 0
}

// step returns k extended by one move of weight w.
func (k key) step(w float64) key { return key{c: k.c.add(w), m: k.m + 1} }

// plus returns the key of two partial paths joined end to end.
func (k key) plus(l key) key { return key{c: k.c.plus(l.c), m: k.m + l.m} }
