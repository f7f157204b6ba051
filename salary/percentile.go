package salary

import (
	"errors"
	"math"
	"slices"
	"strconv"
)

// ErrTopCoded is returned, wrapped in a *ValueError, by Distribution.At when
// the figure asked for is top-coded: the source publishes only a lower bound
// for it (OEWS writes "#" for a wage of $239,200 a year, $115.00 an hour, or
// more).
var ErrTopCoded = errors.New("top-coded: only a lower bound is published")

// Point is one published percentile of a pay distribution: Percentile
// percent of the people in it are paid less than Value (the definition the
// U.S. Bureau of Labor Statistics gives for OEWS percentile wages: "the value
// of a wage below which a certain percent of workers fall",
// https://www.bls.gov/help/def/oesprofiles.htm). Percentile runs from 0 to
// 100: 10 for the 10th percentile, 50 for the median.
//
// AtLeast marks a top-coded point: the source publishes only that the
// percentile is Value or more. OEWS writes "#" for such wages, defined in the
// field descriptions of its data files as "a wage equal to or greater than
// $115.00 per hour or $239,200 per year" (May 2024); such a point is
// {Percentile: 90, Value: $239,200, AtLeast: true}.
type Point struct {
	Percentile float64 // 0 to 100
	Value      Money   // the pay at that percentile, or its lower bound when AtLeast
	AtLeast    bool    // top-coded: the percentile is Value or more
}

// Distribution is the pay of a group of people (an occupation in a market)
// as a source publishes it: a few percentiles, such as the 10th, 25th, 50th,
// 75th and 90th that OEWS publishes, in one currency and for one pay period.
// It answers where a pay figure sits in the group (PercentileOf) and what
// the pay is at a percentile (At).
//
// Between two published points both answers interpolate linearly: pay is
// taken to be spread evenly between them, so halfway from the 50th
// percentile's $133,080 to the 75th's $169,000 ($151,040) is the 62.5th
// percentile. This is this package's rule, the simplest that meets every
// published point; the source publishes only the points, and the true
// distribution between them is not known. Outside the published points
// nothing is extrapolated: pay below the lowest is "below the 10th
// percentile", above the highest "above the 90th", and At refuses
// percentiles outside them. A top-coded point (Point.AtLeast) is a lower
// bound only, and the answers near it say so rather than interpolate.
//
// No exchange rates are assumed: pay in another currency than the
// distribution's is an error. Pay must be for the distribution's Period;
// Money carries no period, so convert a figure for another one first (see
// Convention.Convert and Range.Per).
//
// A Distribution is made by NewDistribution or DistributionOf and does not
// change; it is safe for concurrent use. The zero Distribution has no
// points: PercentileOf and At return errors and String returns "". It is not
// comparable with ==.
type Distribution struct {
	points []Point
	cur    Currency
	period Period
}

// NewDistribution returns the distribution with the given published points
// for pay period p (which may be Unspecified). There must be at least one
// point; points must be in increasing order of Percentile, each from 0 to
// 100; their values must be in one currency, not negative and not
// decreasing; and once a point is top-coded (AtLeast) every later one must
// be too, as OEWS's are. The points are copied. Errors are *ValueError
// values wrapping ErrRange, ErrCurrencyMismatch, ErrUnknownCurrency or
// ErrUnknownPeriod.
func NewDistribution(p Period, points ...Point) (Distribution, error) {
	const fn = "NewDistribution"
	if int(p) >= len(periodNames) {
		return Distribution{}, &ValueError{Func: fn, Why: p.String() + " is not a pay period", Err: ErrUnknownPeriod}
	}
	if len(points) == 0 {
		return Distribution{}, &ValueError{Func: fn, Why: "a distribution needs at least one published percentile", Err: ErrRange}
	}
	cur := points[0].Value.cur
	for i, pt := range points {
		at := "point " + strconv.Itoa(i) + " (" + ordinal(pt.Percentile) + " percentile)"
		switch {
		case math.IsNaN(pt.Percentile) || pt.Percentile < 0 || pt.Percentile > 100:
			return Distribution{}, &ValueError{Func: fn, Why: "point " + strconv.Itoa(i) + ": percentile " + formatPct(pt.Percentile) + " is outside 0 to 100", Err: ErrRange}
		case pt.Value.cur.IsZero():
			return Distribution{}, &ValueError{Func: fn, Why: at + ": the value has no currency", Err: ErrUnknownCurrency}
		case pt.Value.cur != cur:
			return Distribution{}, &ValueError{Func: fn, Why: at + " is in " + pt.Value.cur.String() + ", point 0 in " + cur.String() + ": a distribution is in one currency", Err: ErrCurrencyMismatch}
		case pt.Value.minor < 0:
			return Distribution{}, &ValueError{Func: fn, Why: at + ": pay cannot be negative, got " + pt.Value.Short(), Err: ErrRange}
		case i == 0:
			continue
		}
		prev := points[i-1]
		switch {
		case pt.Percentile <= prev.Percentile:
			return Distribution{}, &ValueError{Func: fn, Why: at + " comes after the " + ordinal(prev.Percentile) + ": expected points in increasing order of percentile", Err: ErrRange}
		case pt.Value.minor < prev.Value.minor:
			return Distribution{}, &ValueError{Func: fn, Why: at + ": " + pt.Value.Short() + " is below the " + ordinal(prev.Percentile) + " percentile's " + prev.Value.Short() + ": expected values that do not decrease", Err: ErrRange}
		case prev.AtLeast && !pt.AtLeast:
			return Distribution{}, &ValueError{Func: fn, Why: at + " is stated exactly after the top-coded " + ordinal(prev.Percentile) + ": every point after a top-coded one is top-coded too", Err: ErrRange}
		}
	}
	return Distribution{points: slices.Clone(points), cur: cur, period: p}, nil
}

// DistributionOf returns the distribution that single figures state, such as
// a catalog's salary entries for one role from one source: every figure must
// be a single figure whose statistic is a percentile (P10, P25, P50 or
// Median, P75, P90: see Statistic.Percentile), and all must be in one
// currency and for one pay period, which the Distribution takes. They may
// come in any order; an open-ended figure ("$239,200+") is a top-coded point.
// Averages, ranges of pay, UpTo figures and two figures for one percentile
// (a median and a p50) are refused rather than left out: filter the figures
// with Statistic.Percentile first. Errors are *ValueError values wrapping
// ErrRange, ErrUnknownStatistic, ErrCurrencyMismatch, ErrPeriodMismatch or
// those of NewDistribution.
func DistributionOf(figures ...Range) (Distribution, error) {
	const fn = "DistributionOf"
	if len(figures) == 0 {
		return Distribution{}, &ValueError{Func: fn, Why: "no figures: a distribution needs at least one published percentile", Err: ErrRange}
	}
	points := make([]Point, len(figures))
	for i, r := range figures {
		at := "figure " + strconv.Itoa(i)
		pct, ok := r.stat.Percentile()
		switch {
		case r.IsZero():
			return Distribution{}, &ValueError{Func: fn, Why: at + " is the zero Range", Err: ErrRange}
		case !ok:
			what := "states no statistic"
			switch r.stat {
			case RangeOfPay:
				what = "is a range of pay"
			case Average:
				what = "is an average"
			}
			return Distribution{}, &ValueError{Func: fn, Why: at + " (" + quote(r.String()) + ") " + what + ", not a percentile", Err: ErrUnknownStatistic}
		case r.upTo:
			return Distribution{}, &ValueError{Func: fn, Why: at + " (" + quote(r.String()) + ") is stated as an upper bound, which places no percentile", Err: ErrRange}
		case r.cur != figures[0].cur:
			return Distribution{}, &ValueError{Func: fn, Why: at + " is in " + r.cur.String() + ", figure 0 in " + figures[0].cur.String() + ": a distribution is in one currency", Err: ErrCurrencyMismatch}
		case r.period != figures[0].period:
			return Distribution{}, &ValueError{Func: fn, Why: at + " is " + periodOrUnstated(r.period) + ", figure 0 " + periodOrUnstated(figures[0].period) + "; convert them to one period first", Err: ErrPeriodMismatch}
		}
		points[i] = Point{Percentile: pct, Value: r.Min(), AtLeast: r.open}
	}
	slices.SortStableFunc(points, func(a, b Point) int { return cmpFloat(a.Percentile, b.Percentile) })
	for i := 1; i < len(points); i++ {
		if points[i].Percentile == points[i-1].Percentile {
			return Distribution{}, &ValueError{Func: fn, Why: "two figures state the " + ordinal(points[i].Percentile) + " percentile", Err: ErrRange}
		}
	}
	d, err := NewDistribution(figures[0].period, points...)
	if err != nil {
		err.(*ValueError).Func = fn
		return Distribution{}, err
	}
	return d, nil
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// IsZero reports whether d is the zero Distribution.
func (d Distribution) IsZero() bool { return len(d.points) == 0 }

// Points returns a copy of the published points, in increasing order of
// percentile.
func (d Distribution) Points() []Point { return slices.Clone(d.points) }

// Currency returns the currency of every point.
func (d Distribution) Currency() Currency { return d.cur }

// Period returns the pay period of every point.
func (d Distribution) Period() Period { return d.period }

// check returns an error unless d has points and pay is non-negative money
// in its currency.
func (d Distribution) check(fn string, pay Money) error {
	switch {
	case d.IsZero():
		return &ValueError{Func: fn, Why: "the zero Distribution has no published percentiles", Err: ErrRange}
	case pay.cur != d.cur:
		return &ValueError{Func: fn, Why: "pay " + pay.String() + " is not in the distribution's currency " + d.cur.String() + ", and no exchange rate is assumed", Err: ErrCurrencyMismatch}
	case pay.minor < 0:
		return &ValueError{Func: fn, Why: "pay cannot be negative, got " + pay.String(), Err: ErrRange}
	}
	return nil
}

// PercentileOf returns where pay sits in d: the percentile it is at, found
// by linear interpolation between the two published points around it (see
// Distribution), or, where the published points do not pin it down, the
// bounds it lies within:
//
//   - pay equal to a published point is at that percentile (between two
//     percentiles when several points share its value);
//   - pay below the lowest point is below that percentile, and above the
//     highest exactly published point, above it: nothing is extrapolated;
//   - pay below a top-coded point, above the last exact one, is between
//     their percentiles; pay at or above a top-coded value is only known to
//     be above the last exact point, since the top-coded one may be higher.
//
// pay must be in d's currency and for d's period, and not negative;
// otherwise, or for the zero Distribution, it returns a *ValueError wrapping
// ErrCurrencyMismatch or ErrRange.
func (d Distribution) PercentileOf(pay Money) (Position, error) {
	if err := d.check("Distribution.PercentileOf", pay); err != nil {
		return Position{}, err
	}
	x := pay.minor
	pts := d.points
	below, above, first, last := -1, -1, -1, -1
	for i, pt := range pts {
		v := pt.Value.minor
		switch {
		case pt.AtLeast:
			// The true value is v or more: above x only if v >= x.
			if x <= v && above < 0 {
				above = i
			}
		case v < x:
			below = i
		case v == x:
			if first < 0 {
				first = i
			}
			last = i
		case above < 0:
			above = i
		}
	}
	switch {
	case first >= 0:
		hi := pts[last].Percentile
		// A top-coded point right after, with the same stated value, may
		// be this value too.
		if last+1 < len(pts) && pts[last+1].AtLeast && pts[last+1].Value.minor == x {
			hi = pts[last+1].Percentile
		}
		if hi == pts[first].Percentile {
			return Position{low: hi, high: hi, kind: exact}, nil
		}
		return Position{low: pts[first].Percentile, high: hi, kind: between}, nil
	case below >= 0 && above >= 0 && !pts[above].AtLeast:
		b, a := pts[below], pts[above]
		t := float64(x-b.Value.minor) / float64(a.Value.minor-b.Value.minor)
		pct := b.Percentile + (a.Percentile-b.Percentile)*t
		return Position{low: pct, high: pct, kind: exact}, nil
	case below >= 0 && above >= 0:
		return Position{low: pts[below].Percentile, high: pts[above].Percentile, kind: between}, nil
	case above >= 0:
		return Position{low: 0, high: pts[above].Percentile, kind: belowAll}, nil
	case below >= 0:
		return Position{low: pts[below].Percentile, high: 100, kind: aboveAll}, nil
	}
	return Position{low: 0, high: 100, kind: unplaced}, nil
}

// At returns the pay at percentile p (0 to 100) of d: a published point's
// value, or between two published points the linear interpolation
//
//	value = lower value + (upper value - lower value) × (p - lower percentile) / (upper percentile - lower percentile)
//
// where the fraction is a float64 ratio and the product is rounded once to
// the minor unit, halves away from zero (exact for differences up to 2^53
// minor units). A p outside the published points (below the lowest or above
// the highest) returns a *ValueError wrapping ErrRange, as nothing is
// extrapolated; a p at a top-coded point, or between the last exact point
// and a top-coded one, a *ValueError wrapping ErrTopCoded whose text gives
// the lower bound that is known; so do NaN, p outside 0 to 100 and the zero
// Distribution (ErrRange).
func (d Distribution) At(p float64) (Money, error) {
	const fn = "Distribution.At"
	switch {
	case d.IsZero():
		return Money{}, &ValueError{Func: fn, Why: "the zero Distribution has no published percentiles", Err: ErrRange}
	case math.IsNaN(p) || p < 0 || p > 100:
		return Money{}, &ValueError{Func: fn, Why: "percentile " + formatPct(p) + " is outside 0 to 100", Err: ErrRange}
	}
	pts := d.points
	j, found := slices.BinarySearchFunc(pts, p, func(pt Point, p float64) int { return cmpFloat(pt.Percentile, p) })
	if found {
		if pt := pts[j]; pt.AtLeast {
			return Money{}, &ValueError{Func: fn, Why: "the " + ordinal(p) + " percentile is top-coded: " + pt.Value.Short() + " or more", Err: ErrTopCoded}
		}
		return pts[j].Value, nil
	}
	if j == 0 || j == len(pts) {
		return Money{}, &ValueError{Func: fn, Why: "the " + ordinal(p) + " percentile is outside the published ones, from the " +
			ordinal(pts[0].Percentile) + " to the " + ordinal(pts[len(pts)-1].Percentile) + ": nothing is extrapolated", Err: ErrRange}
	}
	lo, hi := pts[j-1], pts[j]
	if hi.AtLeast {
		why := "the " + ordinal(p) + " percentile lies between the " + ordinal(lo.Percentile) + " (" + lo.Value.Short()
		if lo.AtLeast {
			why += " or more"
		}
		why += ") and the top-coded " + ordinal(hi.Percentile) + " (" + hi.Value.Short() + " or more): only a lower bound is known"
		return Money{}, &ValueError{Func: fn, Why: why, Err: ErrTopCoded}
	}
	delta := hi.Value.minor - lo.Value.minor // both non-negative, so no overflow
	t := (p - lo.Percentile) / (hi.Percentile - lo.Percentile)
	r := int64(math.Round(float64(delta) * t))
	r = min(max(r, 0), delta)
	return Money{minor: lo.Value.minor + r, cur: d.cur}, nil
}

// String returns the points on one line, "p10 $79,850, p25 $103,050, p50
// $133,080, p75 $169,000, p90 $211,450 per year", with "+" after a top-coded
// value. The zero Distribution returns "".
func (d Distribution) String() string {
	var b []byte
	for i, pt := range d.points {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, 'p')
		b = append(b, formatPct(pt.Percentile)...)
		b = append(b, ' ')
		b = pt.Value.appendShort(b)
		if pt.AtLeast {
			b = append(b, '+')
		}
	}
	if d.period != Unspecified && int(d.period) < len(periodUnits) && len(b) > 0 {
		b = append(b, " per "...)
		b = append(b, periodUnits[d.period]...)
	}
	return string(b)
}

// The kinds of Position.
const (
	unset    = iota
	exact    // at one percentile
	between  // between two published percentiles
	belowAll // below the lowest published percentile
	aboveAll // above the highest exactly published percentile
	unplaced // not placed at all: every point is top-coded below the pay
)

// Position is where a pay figure sits in a Distribution: at a percentile
// (Percentile reports it), or, where the published points do not pin it
// down, within bounds (Bounds): below the lowest published percentile,
// above the highest, or between two. String says which in words.
//
// Position is a comparable value. The zero Position is no position: its
// String is "" and Percentile reports false.
type Position struct {
	low, high float64
	kind      uint8
}

// Percentile returns the percentile pay is at, from 0 to 100, and true, or
// 0 and false when the published points give only bounds (see Bounds).
func (p Position) Percentile() (float64, bool) {
	if p.kind != exact {
		return 0, false
	}
	return p.low, true
}

// Bounds returns the lowest and highest percentile pay may be at: both the
// percentile when it is known; 0 as the low bound below the lowest published
// point; 100 as the high bound above the highest. The zero Position returns
// 0, 0.
func (p Position) Bounds() (low, high float64) { return p.low, p.high }

// IsZero reports whether p is the zero Position.
func (p Position) IsZero() bool { return p.kind == unset }

// String says where pay sits, with percentiles as ordinals and an exact one
// rounded to a whole percentile: "the 55th percentile", "below the 10th
// percentile", "above the 90th percentile", "between the 75th and 90th
// percentiles", or "not placed by the published percentiles" when every
// published point is top-coded at or below the pay. The zero Position
// returns "".
func (p Position) String() string {
	switch p.kind {
	case exact:
		return "the " + ordinal(math.Round(p.low)) + " percentile"
	case between:
		return "between the " + ordinal(p.low) + " and " + ordinal(p.high) + " percentiles"
	case belowAll:
		return "below the " + ordinal(p.high) + " percentile"
	case aboveAll:
		return "above the " + ordinal(p.low) + " percentile"
	case unplaced:
		return "not placed by the published percentiles"
	}
	return ""
}

// formatPct writes a percentile as a number without trailing zeros: "10",
// "62.5".
func formatPct(p float64) string { return strconv.FormatFloat(p, 'f', -1, 64) }

// ordinal writes a percentile as an English ordinal: "1st", "2nd", "3rd",
// "11th", "62nd", "62.5th".
func ordinal(p float64) string {
	s := formatPct(p)
	if p != math.Trunc(p) || math.IsInf(p, 0) || math.IsNaN(p) {
		return s + "th"
	}
	n := int64(p)
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return s + "th"
	case n%10 == 1:
		return s + "st"
	case n%10 == 2:
		return s + "nd"
	case n%10 == 3:
		return s + "rd"
	}
	return s + "th"
}
