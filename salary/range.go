package salary

import (
	"strconv"
	"unicode/utf8"
)

// Range is what one source says a role pays: either a range from a low to a
// high figure ("$150,000 - $250,000+", statistic RangeOfPay) or a single
// figure that reports an average, a median or a percentile ("$118,942"),
// with its currency, pay period, and where known the region, year and source
// it comes from.
//
// A single figure is held as a range whose Min and Max are equal. OpenEnded
// marks a figure stated as a lower bound: "$250,000+", "just above $142,500".
// UpTo marks a single figure stated as an upper bound with no minimum, "up
// to £80k": Min and Max are both the stated figure, as for "above", and UpTo
// says pay may be anything below it (Contains, Summary.Common and String
// follow it). Note holds what the source says beside the figures ("DOE",
// "+ bonus").
//
// Range is an immutable value: its fields are unexported, the With methods
// return modified copies, and Ranges are comparable with == (Equal is the
// same test). Figures are never negative and Min is never above Max.
//
// The zero Range has no currency and no figures; IsZero reports it, String
// returns "" and the With methods return it unchanged.
type Range struct {
	min, max int64 // minor units of cur
	cur      Currency
	stat     Statistic
	period   Period
	open     bool // the top figure is a lower bound: pay may go above Max
	upTo     bool // a single figure that is an upper bound: pay may go below Min
	year     int
	region   string
	source   string
	note     string
}

// NewRange returns the range of pay from min to max per period p, with
// statistic RangeOfPay. Min and max must be in the same currency (the zero
// Money stands for zero of the other's currency), not negative, and min must
// not be above max; p may be Unspecified. Errors are *ValueError values
// wrapping ErrCurrencyMismatch, ErrUnknownCurrency, ErrRange or
// ErrUnknownPeriod.
func NewRange(min, max Money, p Period) (Range, error) {
	const fn = "NewRange"
	c, err := currencyOf("range", min, max)
	if err != nil {
		return Range{}, &ValueError{Func: fn, Why: "the minimum " + min.String() + " and the maximum " + max.String() + " are in different currencies: a range is in one currency", Err: ErrCurrencyMismatch}
	}
	if err := checkFigure(fn, c, p, min, max); err != nil {
		return Range{}, err
	}
	if min.minor > max.minor {
		return Range{}, &ValueError{Func: fn, Why: "the minimum " + min.Short() + " is above the maximum " + max.Short(), Err: ErrRange}
	}
	return Range{min: min.minor, max: max.minor, cur: c, stat: RangeOfPay, period: p}, nil
}

// NewFigure returns a single figure v per period p that reports statistic
// stat: Average, Median, P10, P25, P50, P75 or P90, or NoStatistic when the
// source does not say. Min and Max of the result are both v. RangeOfPay is
// refused (use NewRange), as are negative figures, money with no currency and
// unknown periods, with a *ValueError.
func NewFigure(stat Statistic, v Money, p Period) (Range, error) {
	const fn = "NewFigure"
	if stat == RangeOfPay || int(stat) >= len(statisticNames) {
		return Range{}, &ValueError{Func: fn, Why: "statistic " + strconv.Quote(stat.String()) + " is not that of a single figure: expected one of average, median, p10, p25, p50, p75, p90, or none", Err: ErrUnknownStatistic}
	}
	if err := checkFigure(fn, v.cur, p, v, v); err != nil {
		return Range{}, err
	}
	return Range{min: v.minor, max: v.minor, cur: v.cur, stat: stat, period: p}, nil
}

// NewUpTo returns the single figure "up to max" per period p: pay is at most
// max and the source states no minimum ("up to £80k"). Its statistic is
// NoStatistic (use WithStatistic for another), Min and Max are both max and
// UpTo reports true. Errors are as for NewFigure.
func NewUpTo(max Money, p Period) (Range, error) {
	if err := checkFigure("NewUpTo", max.cur, p, max, max); err != nil {
		return Range{}, err
	}
	return Range{min: max.minor, max: max.minor, cur: max.cur, period: p, upTo: true}, nil
}

func checkFigure(fn string, c Currency, p Period, lo, hi Money) error {
	if c.IsZero() {
		return &ValueError{Func: fn, Why: "a pay figure needs a currency", Err: ErrUnknownCurrency}
	}
	if lo.minor < 0 || hi.minor < 0 {
		return &ValueError{Func: fn, Why: "pay cannot be negative", Err: ErrRange}
	}
	if int(p) >= len(periodNames) {
		return &ValueError{Func: fn, Why: p.String() + " is not a pay period", Err: ErrUnknownPeriod}
	}
	return nil
}

// IsZero reports whether r is the zero Range.
func (r Range) IsZero() bool { return r == Range{} }

// Min returns the lowest figure stated: the low end of a range, or the figure
// itself (for an UpTo figure too, although pay may be lower).
func (r Range) Min() Money { return Money{minor: r.min, cur: r.cur} }

// Max returns the highest figure stated: the high end of a range, or the
// figure itself. For an open-ended range pay may go above it.
func (r Range) Max() Money { return Money{minor: r.max, cur: r.cur} }

// OpenEnded reports whether the highest figure is a lower bound rather than a
// ceiling: "$150,000 - $250,000+", "$250,000+", "just above $142,500".
func (r Range) OpenEnded() bool { return r.open }

// UpTo reports whether r is a single figure stated as an upper bound with no
// minimum: "up to £80k". Pay may then be anything up to Max; Min is the
// stated figure too, not a floor.
func (r Range) UpTo() bool { return r.upTo }

// Note returns what the source says beside the figures, as written ("DOE",
// "+ bonus", "(pro rata)"), or "". A note changes no figure.
func (r Range) Note() string { return r.note }

// Currency returns the currency of the figures.
func (r Range) Currency() Currency { return r.cur }

// Period returns the span of time the figures are for (Unspecified if the
// source does not say).
func (r Range) Period() Period { return r.period }

// Statistic returns what the figures report: RangeOfPay for a range, or the
// statistic of a single figure (NoStatistic when not stated).
func (r Range) Statistic() Statistic { return r.stat }

// Region returns the region the figures are for, or "".
func (r Range) Region() string { return r.region }

// Year returns the year the figures are for, or 0.
func (r Range) Year() int { return r.year }

// Source returns the source of the figures (an ID, URL or name), or "".
func (r Range) Source() string { return r.source }

// IsFigure reports whether r is a single figure rather than a range of pay.
func (r Range) IsFigure() bool { return !r.IsZero() && r.stat != RangeOfPay }

// WithRegion returns a copy of r for region s.
func (r Range) WithRegion(s string) Range {
	if !r.IsZero() {
		r.region = s
	}
	return r
}

// WithYear returns a copy of r for year y; 0 means "not given".
func (r Range) WithYear(y int) Range {
	if !r.IsZero() {
		r.year = y
	}
	return r
}

// WithSource returns a copy of r from source s.
func (r Range) WithSource(s string) Range {
	if !r.IsZero() {
		r.source = s
	}
	return r
}

// WithNote returns a copy of r with note s ("" for none); see Note.
func (r Range) WithNote(s string) Range {
	if !r.IsZero() {
		r.note = s
	}
	return r
}

// WithOpenEnded returns a copy of r whose highest figure is (open true) or is
// not (false) a lower bound. Making an UpTo figure open-ended clears UpTo, as
// a figure is not both a floor and a ceiling.
func (r Range) WithOpenEnded(open bool) Range {
	if !r.IsZero() {
		r.open = open
		if open {
			r.upTo = false
		}
	}
	return r
}

// WithPeriod returns a copy of r labelled as per period p, without changing
// the figures: use it when a source leaves the period to the context. To
// convert figures between periods use Per. Unknown periods are refused with a
// *ValueError wrapping ErrUnknownPeriod.
func (r Range) WithPeriod(p Period) (Range, error) {
	if int(p) >= len(periodNames) {
		return Range{}, &ValueError{Func: "Range.WithPeriod", Why: p.String() + " is not a pay period", Err: ErrUnknownPeriod}
	}
	if !r.IsZero() {
		r.period = p
	}
	return r, nil
}

// WithStatistic returns a copy of r labelled with statistic s. A single
// figure may take any statistic but RangeOfPay; a range whose Min and Max
// differ may only be RangeOfPay; a range whose Min and Max are equal may
// become a single figure, except that an UpTo figure stays a single figure.
// Anything else is a *ValueError wrapping ErrUnknownStatistic.
func (r Range) WithStatistic(s Statistic) (Range, error) {
	const fn = "Range.WithStatistic"
	switch {
	case int(s) >= len(statisticNames):
		return Range{}, &ValueError{Func: fn, Why: "unknown statistic " + strconv.Quote(s.String()), Err: ErrUnknownStatistic}
	case r.IsZero():
		return r, nil
	case s != RangeOfPay && r.min != r.max:
		return Range{}, &ValueError{Func: fn, Why: "a range from " + r.Min().Short() + " to " + r.Max().Short() + " is not a single " + s.String() + " figure", Err: ErrUnknownStatistic}
	case s == RangeOfPay && r.upTo:
		return Range{}, &ValueError{Func: fn, Why: "\"up to " + r.Max().Short() + "\" states one figure, not a range", Err: ErrUnknownStatistic}
	}
	r.stat = s
	return r, nil
}

// Equal reports whether r and o are the same: same figures, currency,
// statistic, period, bounds (OpenEnded, UpTo), region, year, source and
// note. It is r == o.
func (r Range) Equal(o Range) bool { return r == o }

// Midpoint returns the middle of the stated figures, (Min + Max) / 2,
// rounded to the minor unit with halves away from zero; for a single figure
// it is the figure. For an open-ended range it is still the middle of the
// stated figures (so "$150,000 - $250,000+" gives $200,000), although the
// true middle of pay is unknown and likely higher; check OpenEnded. Likewise
// for "up to £80k" it is £80,000, and the true middle is likely lower; check
// UpTo. The zero Range gives the zero Money.
func (r Range) Midpoint() Money {
	if r.IsZero() {
		return Money{}
	}
	s := uint64(r.min) + uint64(r.max) // both are non-negative int64s, so no overflow
	return Money{minor: int64(s/2 + s%2), cur: r.cur}
}

// Contains reports whether pay m falls in r: in the same currency and
// Min <= m <= Max, or m >= Min when r is open-ended, or 0 <= m <= Max when r
// is an UpTo figure. For a single figure, Contains reports whether m is the
// figure (or at least the figure, when open-ended). Money in another
// currency is never contained.
func (r Range) Contains(m Money) bool {
	if r.IsZero() || m.cur != r.cur || m.minor < 0 {
		return false
	}
	if r.upTo {
		return m.minor <= r.max
	}
	return m.minor >= r.min && (r.open || m.minor <= r.max)
}

// Per returns r with its figures converted to period p under convention c
// (see Convention.Convert for the formula and the rounding at the minor
// unit). Everything else is kept. It returns a *PeriodError if r's period
// is Unspecified ("the range states no pay period …") or p is not a pay
// period, a *ConventionError if c is not valid and a *MoneyError if a figure
// overflows.
func (r Range) Per(p Period, c Convention) (Range, error) {
	if r.IsZero() {
		return r, nil
	}
	if r.period == Unspecified {
		to := "another period"
		if p > Unspecified && int(p) < len(periodUnits) {
			to = "pay per " + periodUnits[p]
		}
		return Range{}, &PeriodError{Why: "the range " + quote(r.String()) + " states no pay period, so it cannot be converted to " + to, Err: ErrUnknownPeriod}
	}
	lo, err := c.Convert(r.Min(), r.period, p)
	if err != nil {
		return Range{}, err
	}
	hi, err := c.Convert(r.Max(), r.period, p)
	if err != nil {
		return Range{}, err
	}
	r.min, r.max, r.period = lo.minor, hi.minor, p
	return r, nil
}

// Annualized returns r per year under convention c: r.Per(Annual, c).
func (r Range) Annualized(c Convention) (Range, error) { return r.Per(Annual, c) }

// String returns r in the form Parse reads back to an equal Range:
//
//	[statistic ][up to ]min[ - max][+][ per unit][ note][; region="…"][; year=N][; source="…"][; note="…"]
//
// where the statistic (average, median, p10 … p90) is written for a single
// figure that states one, "up to" for an UpTo figure, both figures for
// RangeOfPay, figures use Money.Short ("$150,000", "€70,000", "JPY
// 5,000,000"), "+" marks an open end, the unit is hour, day, week, month or
// year, and region and source are Go-quoted strings. The note is written as
// it is when Parse reads it back as a note (it starts as Parse's grammar
// says, has no ";" and only printable characters), and as note="…"
// otherwise. Examples: "$150,000 - $250,000+ per year", "median $142,500+
// per year; year=2024", "up to £80,000 per year DOE". The zero Range returns
// "".
func (r Range) String() string {
	if r.IsZero() {
		return ""
	}
	var buf [96]byte
	return string(r.appendTo(buf[:0]))
}

var periodUnits = [...]string{"", "hour", "day", "week", "month", "year"}

func (r Range) appendTo(b []byte) []byte {
	if r.stat != RangeOfPay && r.stat != NoStatistic {
		b = append(b, r.stat.String()...)
		b = append(b, ' ')
	}
	if r.upTo {
		b = append(b, "up to "...)
	}
	b = r.Min().appendShort(b)
	if r.stat == RangeOfPay {
		b = append(b, " - "...)
		b = r.Max().appendShort(b)
	}
	if r.open {
		b = append(b, '+')
	}
	if r.period != Unspecified && int(r.period) < len(periodUnits) {
		b = append(b, " per "...)
		b = append(b, periodUnits[r.period]...)
	}
	natural := naturalNote(r.note)
	if natural {
		b = append(b, ' ')
		b = append(b, r.note...)
	}
	if r.region != "" {
		b = append(b, `; region=`...)
		b = strconv.AppendQuote(b, r.region)
	}
	if r.year != 0 {
		b = append(b, "; year="...)
		b = strconv.AppendInt(b, int64(r.year), 10)
	}
	if r.source != "" {
		b = append(b, `; source=`...)
		b = strconv.AppendQuote(b, r.source)
	}
	if r.note != "" && !natural {
		b = append(b, `; note=`...)
		b = strconv.AppendQuote(b, r.note)
	}
	return b
}

// naturalNote reports whether String may write note s as it is: Parse then
// reads it back as the same note.
func naturalNote(s string) bool {
	if s == "" || trimSpaceRight(s) != s || !utf8.ValidString(s) {
		return false
	}
	for _, c := range s {
		if c == ';' || !strconv.IsPrint(c) {
			return false
		}
	}
	p := parser{in: s}
	return p.atNoteStart()
}

// MarshalText implements encoding.TextMarshaler with the String form; the
// zero Range marshals to empty text.
func (r Range) MarshalText() ([]byte, error) {
	if r.IsZero() {
		return []byte{}, nil
	}
	return r.appendTo(make([]byte, 0, 64)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with Parse; empty text
// gives the zero Range. On error r is unchanged.
func (r *Range) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = Range{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// FromAmounts builds a Range from the fields a catalog salary entry stores
// (see role.Salary): for statistic RangeOfPay the range from min to max, for
// any other statistic the single figure value; the fields the statistic does
// not use are ignored. open marks it open-ended. The amounts are taken in
// currency c with Amount.In, so an amount more precise than c's minor unit is
// an error, as is anything NewRange or NewFigure refuses.
func FromAmounts(stat Statistic, c Currency, min, max, value Amount, open bool, p Period) (Range, error) {
	var r Range
	if stat == RangeOfPay {
		lo, err := min.In(c)
		if err != nil {
			return Range{}, err
		}
		hi, err := max.In(c)
		if err != nil {
			return Range{}, err
		}
		if r, err = NewRange(lo, hi, p); err != nil {
			return Range{}, err
		}
	} else {
		v, err := value.In(c)
		if err != nil {
			return Range{}, err
		}
		if r, err = NewFigure(stat, v, p); err != nil {
			return Range{}, err
		}
	}
	return r.WithOpenEnded(open), nil
}
