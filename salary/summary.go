package salary

import (
	"errors"
	"iter"
	"slices"
	"strconv"
)

// ErrPeriodMismatch is returned, wrapped in a *ValueError, when figures for
// different pay periods are summarized together.
var ErrPeriodMismatch = errors.New("pay periods differ")

// Summary is what several sources say about one role's pay, in one currency
// and period. It keeps every source's figure (Figures) next to the
// aggregates, because sources measure different things (an average, a
// median, an advertised range) and do not agree: the aggregates describe the
// spread of what is said, not a consensus. Common reports whether there is
// any figure all of them allow.
//
// A Summary is made by Summarize and does not change; the zero Summary has
// no figures. It is not comparable with ==.
type Summary struct {
	figures []Range
	cur     Currency
	period  Period
	lowest  int64
	highest int64
	median  int64
}

// Summarize summarizes figures from several sources. They must all be in one
// currency and for one pay period (all Unspecified counts as one period); to
// combine hourly and annual figures, convert them first with Range.Per or
// Range.Annualized, or use SummarizeAnnual. It returns a *ValueError wrapping
// ErrRange for no figures or a zero Range, ErrCurrencyMismatch or
// ErrPeriodMismatch.
//
// The figures are copied; the Summary reports:
//   - Lowest: the lowest figure any source states (the least Min; for "up
//     to £80k" the figure stated is £80,000);
//   - Highest: the highest figure any source states (the greatest Max), and
//     HighestOpenEnded if a source stating it says pay goes above it;
//   - MedianMidpoint: the median of the sources' Midpoints (for an even
//     count, the mean of the middle two, rounded to the minor unit with
//     halves away from zero);
//   - Count, Sources, Figures and OpenEnded: who said what.
func Summarize(ranges ...Range) (Summary, error) {
	const fn = "Summarize"
	if len(ranges) == 0 {
		return Summary{}, &ValueError{Func: fn, Why: "no figures to summarize", Err: ErrRange}
	}
	first := ranges[0]
	s := Summary{figures: slices.Clone(ranges), cur: first.cur, period: first.period, lowest: first.min, highest: first.max}
	mids := make([]int64, len(ranges))
	for i, r := range ranges {
		at := "figure " + strconv.Itoa(i)
		switch {
		case r.IsZero():
			return Summary{}, &ValueError{Func: fn, Why: at + " is the zero Range", Err: ErrRange}
		case r.cur != s.cur:
			return Summary{}, &ValueError{Func: fn, Why: at + " is in " + r.cur.String() + ", figure 0 in " + s.cur.String() + ": figures are summarized in one currency, and no exchange rate is assumed", Err: ErrCurrencyMismatch}
		case r.period != s.period:
			return Summary{}, &ValueError{Func: fn, Why: at + " is " + periodOrUnstated(r.period) + ", figure 0 " + periodOrUnstated(s.period) + "; convert them to one period first", Err: ErrPeriodMismatch}
		}
		s.lowest = min(s.lowest, r.min)
		s.highest = max(s.highest, r.max)
		mids[i] = r.Midpoint().minor
	}
	slices.Sort(mids)
	n := len(mids)
	if n%2 == 1 {
		s.median = mids[n/2]
	} else {
		t := uint64(mids[n/2-1]) + uint64(mids[n/2]) // non-negative, so no overflow
		s.median = int64(t/2 + t%2)
	}
	return s, nil
}

// SummarizeAnnual annualizes every figure under convention c (see
// Range.Annualized) and summarizes them. Figures whose period is Unspecified
// cannot be annualized and are an error.
func SummarizeAnnual(c Convention, ranges ...Range) (Summary, error) {
	annual := make([]Range, len(ranges))
	for i, r := range ranges {
		a, err := r.Annualized(c)
		if err != nil {
			return Summary{}, err
		}
		annual[i] = a
	}
	return Summarize(annual...)
}

func periodOrUnstated(p Period) string {
	if p == Unspecified {
		return "for an unstated period"
	}
	return p.String()
}

// Count returns the number of figures summarized.
func (s Summary) Count() int { return len(s.figures) }

// Currency returns the currency of every figure.
func (s Summary) Currency() Currency { return s.cur }

// Period returns the pay period of every figure.
func (s Summary) Period() Period { return s.period }

// Lowest returns the lowest figure any source states.
func (s Summary) Lowest() Money { return Money{minor: s.lowest, cur: s.cur} }

// Highest returns the highest figure any source states. Pay may go above it
// if HighestOpenEnded reports true.
func (s Summary) Highest() Money { return Money{minor: s.highest, cur: s.cur} }

// HighestOpenEnded reports whether a source that states the Highest figure
// states it as a lower bound ("$275,000+").
func (s Summary) HighestOpenEnded() bool {
	for _, r := range s.figures {
		if r.max == s.highest && r.open {
			return true
		}
	}
	return false
}

// MedianMidpoint returns the median of the figures' midpoints (see
// Summarize and Range.Midpoint).
func (s Summary) MedianMidpoint() Money { return Money{minor: s.median, cur: s.cur} }

// Figures yields each source's figure with its index, in the order given to
// Summarize.
func (s Summary) Figures() iter.Seq2[int, Range] {
	return func(yield func(int, Range) bool) {
		for i, r := range s.figures {
			if !yield(i, r) {
				return
			}
		}
	}
}

// OpenEnded yields the open-ended figures with their index in Figures.
func (s Summary) OpenEnded() iter.Seq2[int, Range] {
	return func(yield func(int, Range) bool) {
		for i, r := range s.figures {
			if r.open && !yield(i, r) {
				return
			}
		}
	}
}

// OpenEndedCount returns how many figures are open-ended.
func (s Summary) OpenEndedCount() int {
	n := 0
	for _, r := range s.figures {
		if r.open {
			n++
		}
	}
	return n
}

// Sources returns the distinct non-empty sources of the figures, in order of
// first appearance. Figures without a source are not counted, so it can be
// shorter than Count.
func (s Summary) Sources() []string {
	var out []string
	for _, r := range s.figures {
		if r.source != "" && !slices.Contains(out, r.source) {
			out = append(out, r.source)
		}
	}
	return out
}

// Common returns the figures every source allows: the intersection of their
// ranges, where an open-ended range reaches upwards without limit, an UpTo
// figure downwards to zero, and a single figure allows only itself (or, open-
// ended, itself and above). The result is a RangeOfPay range from the
// highest floor (Min of every figure but the UpTo ones) to the lowest ceiling
// (Max of every figure but the open-ended ones); if no figure has a ceiling
// it is the single figure "highest floor+" (NoStatistic, open-ended), and if
// none has a floor the single figure "up to lowest ceiling" (NoStatistic,
// UpTo), since all of them allow that. It reports false when no figure is
// allowed by all sources, that is when the sources disagree; the zero
// Summary also reports false.
func (s Summary) Common() (Range, bool) {
	if len(s.figures) == 0 {
		return Range{}, false
	}
	var lo, hi int64
	floored, capped := false, false
	for _, r := range s.figures {
		if !r.upTo {
			lo = max(lo, r.min)
			floored = true
		}
		if !r.open {
			if !capped || r.max < hi {
				hi = r.max
			}
			capped = true
		}
	}
	switch {
	case !capped:
		return Range{min: lo, max: lo, cur: s.cur, period: s.period, open: true}, true
	case !floored:
		return Range{min: hi, max: hi, cur: s.cur, period: s.period, upTo: true}, true
	case lo > hi:
		return Range{}, false
	}
	return Range{min: lo, max: hi, cur: s.cur, stat: RangeOfPay, period: s.period}, true
}

// String describes the summary on one line, in the form
//
//	N figures in CUR[ per PERIOD]: lowest L, highest H[+], median midpoint M, K open-ended
//
// with amounts in Money.Short form; "+" marks a highest figure stated as a
// lower bound. The zero Summary returns "no figures".
func (s Summary) String() string {
	if len(s.figures) == 0 {
		return "no figures"
	}
	b := make([]byte, 0, 128)
	b = strconv.AppendInt(b, int64(len(s.figures)), 10)
	b = append(b, " figures in "...)
	if len(s.figures) == 1 {
		b = append(b[:len(b)-len("figures in ")], "figure in "...)
	}
	b = append(b, s.cur.String()...)
	if s.period != Unspecified {
		b = append(b, " per "...)
		b = append(b, periodUnits[s.period]...)
	}
	b = append(b, ": lowest "...)
	b = s.Lowest().appendShort(b)
	b = append(b, ", highest "...)
	b = s.Highest().appendShort(b)
	if s.HighestOpenEnded() {
		b = append(b, '+')
	}
	b = append(b, ", median midpoint "...)
	b = s.MedianMidpoint().appendShort(b)
	b = append(b, ", "...)
	b = strconv.AppendInt(b, int64(s.OpenEndedCount()), 10)
	b = append(b, " open-ended"...)
	return string(b)
}
