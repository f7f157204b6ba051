package salary

import "strconv"

// Band is a pay band (a salary range in a pay structure): a minimum, a
// midpoint and a maximum in one currency, with 0 < min <= midpoint <= max.
// The midpoint is stored as given rather than computed, because pay
// structures set it as the market reference and derive min and max from it.
//
// Ratios (Spread, CompaRatio, Penetration, Overlap, MidpointProgression)
// are float64: they are ratios, not money, and are computed from the exact
// minor-unit counts with one float64 division (exact for counts up to 2^53).
// Money is never rounded through float64.
//
// Band is an immutable, comparable value. The zero Band has no currency and
// no figures; IsZero reports it, its String is "" and its ratio methods
// return errors.
type Band struct {
	min, mid, max int64
	cur           Currency
}

// NewBand returns the band from min to max with the given midpoint. All
// three must be in one currency with 0 < min <= mid <= max; otherwise it
// returns a *ValueError wrapping ErrCurrencyMismatch, ErrUnknownCurrency or
// ErrRange.
func NewBand(min, mid, max Money) (Band, error) {
	const fn = "NewBand"
	if min.cur != mid.cur || mid.cur != max.cur {
		return Band{}, &ValueError{Func: fn, Why: "the minimum " + min.String() + ", midpoint " + mid.String() + " and maximum " + max.String() + " are not in one currency: a band is in one currency", Err: ErrCurrencyMismatch}
	}
	if min.cur.IsZero() {
		return Band{}, &ValueError{Func: fn, Why: "a band needs a currency", Err: ErrUnknownCurrency}
	}
	if min.minor <= 0 || min.minor > mid.minor || mid.minor > max.minor {
		return Band{}, &ValueError{Func: fn, Why: "expected 0 < minimum <= midpoint <= maximum, got minimum " + min.Short() + ", midpoint " + mid.Short() + ", maximum " + max.Short(), Err: ErrRange}
	}
	return Band{min: min.minor, mid: mid.minor, max: max.minor, cur: min.cur}, nil
}

// BandFromMidpoint returns the band around midpoint mid whose spread,
// (max - min) / min, is spreadBP basis points (5000 is 50%), with mid exactly
// halfway between min and max before rounding. Writing s = spreadBP / 10,000:
//
//	min = mid × 2 / (2 + s)        = mid × 20,000 / (20,000 + spreadBP)
//	max = mid × 2 × (1 + s) / (2 + s) = mid × 2 × (10,000 + spreadBP) / (20,000 + spreadBP)
//
// Each is computed exactly in integer minor units and rounded once to the
// minor unit, halves away from zero; the midpoint is kept as given. So a
// $100,000 midpoint with a 50% spread gives $80,000 to $120,000, and with a
// 60% spread $76,923.08 (76,923.0769…) to $123,076.92 (123,076.923…).
//
// mid must be positive and spreadBP not negative; a spread so wide that min
// rounds to zero, or a max that overflows, is an error. Errors are
// *ValueError values wrapping ErrRange, ErrUnknownCurrency or ErrOverflow.
func BandFromMidpoint(mid Money, spreadBP int64) (Band, error) {
	const fn = "BandFromMidpoint"
	switch {
	case mid.cur.IsZero():
		return Band{}, &ValueError{Func: fn, Why: "a band needs a currency", Err: ErrUnknownCurrency}
	case mid.minor <= 0:
		return Band{}, &ValueError{Func: fn, Why: "the midpoint must be positive, got " + mid.String(), Err: ErrRange}
	case spreadBP < 0:
		return Band{}, &ValueError{Func: fn, Why: "the spread must not be negative, got " + strconv.FormatInt(spreadBP, 10) + " basis points", Err: ErrRange}
	case spreadBP > 1<<62:
		return Band{}, &ValueError{Func: fn, Why: "the spread is too large", Err: ErrRange}
	}
	den := uint64(20_000 + spreadBP)
	lo, ok := mulDivRound(mid.minor, 20_000, den)
	if !ok || lo <= 0 {
		return Band{}, &ValueError{Func: fn, Why: "the minimum rounds to zero: the spread is too wide for a midpoint of " + mid.String(), Err: ErrRange}
	}
	hi, ok := mulDivRound(mid.minor, 2*(10_000+uint64(spreadBP)), den)
	if !ok {
		return Band{}, &ValueError{Func: fn, Why: "the maximum overflows", Err: ErrOverflow}
	}
	return Band{min: lo, mid: mid.minor, max: hi, cur: mid.cur}, nil
}

// IsZero reports whether b is the zero Band.
func (b Band) IsZero() bool { return b == Band{} }

// Min returns the band's minimum.
func (b Band) Min() Money { return Money{minor: b.min, cur: b.cur} }

// Midpoint returns the band's midpoint.
func (b Band) Midpoint() Money { return Money{minor: b.mid, cur: b.cur} }

// Max returns the band's maximum.
func (b Band) Max() Money { return Money{minor: b.max, cur: b.cur} }

// Currency returns the band's currency.
func (b Band) Currency() Currency { return b.cur }

// Spread returns the range spread (max - min) / min: 0.5 for $80,000 to
// $120,000. It is 0 for the zero Band.
func (b Band) Spread() float64 {
	if b.min == 0 {
		return 0
	}
	return float64(b.max-b.min) / float64(b.min)
}

// check returns an error unless b is a band and pay is non-negative money in
// its currency.
func (b Band) check(fn string, pay Money) error {
	if b.IsZero() {
		return &ValueError{Func: fn, Why: "the zero Band has no figures", Err: ErrRange}
	}
	if pay.cur != b.cur {
		return &ValueError{Func: fn, Why: "pay " + pay.String() + " is not in the band's currency " + b.cur.String(), Err: ErrCurrencyMismatch}
	}
	if pay.minor < 0 {
		return &ValueError{Func: fn, Why: "pay cannot be negative, got " + pay.String(), Err: ErrRange}
	}
	return nil
}

// CompaRatio returns pay / midpoint: 0.95 for $95,000 in a band whose
// midpoint is $100,000; 1 is pay at the midpoint. Pay must be in the band's
// currency and not negative (zero pay gives 0); otherwise it returns a
// *ValueError wrapping ErrCurrencyMismatch or ErrRange.
func (b Band) CompaRatio(pay Money) (float64, error) {
	if err := b.check("Band.CompaRatio", pay); err != nil {
		return 0, err
	}
	return float64(pay.minor) / float64(b.mid), nil
}

// Penetration returns how far pay has gone into the band, (pay - min) /
// (max - min): 0 at the minimum, 1 at the maximum, 0.375 for $95,000 in
// $80,000 to $120,000. Pay outside the band gives a value below 0 or above 1.
// A band with no width (min = max) has no penetration and gives a
// *ValueError wrapping ErrRange, as do negative pay and the zero Band;
// another currency gives ErrCurrencyMismatch.
func (b Band) Penetration(pay Money) (float64, error) {
	const fn = "Band.Penetration"
	if err := b.check(fn, pay); err != nil {
		return 0, err
	}
	if b.max == b.min {
		return 0, &ValueError{Func: fn, Why: "a band whose min equals its max has no width", Err: ErrRange}
	}
	return (float64(pay.minor) - float64(b.min)) / float64(b.max-b.min), nil
}

// checkNext returns an error unless b and next are bands in one currency.
func (b Band) checkNext(fn string, next Band) error {
	if b.IsZero() || next.IsZero() {
		return &ValueError{Func: fn, Why: "the zero Band has no figures", Err: ErrRange}
	}
	if b.cur != next.cur {
		return &ValueError{Func: fn, Why: "the bands are in " + b.cur.String() + " and " + next.cur.String(), Err: ErrCurrencyMismatch}
	}
	return nil
}

// Overlap returns how much of the next higher band b reaches into, with the
// convention
//
//	(b.max - next.min) / (next.max - next.min)
//
// that is, the share of next's width that lies below b's maximum. For
// $80,000–$120,000 and a next band of $90,000–$135,000 it is 30,000 / 45,000
// = 0.667. It is 0 when the bands just touch, negative when there is a gap
// (the gap as a share of next's width), and above 1 when b's maximum is above
// next's. (Other conventions divide by b's width instead; compute them from
// Min and Max if needed.)
//
// next must be the higher band: its midpoint must not be below b's. It must
// also have a width. Otherwise, or for the zero Band or another currency, it
// returns a *ValueError wrapping ErrRange or ErrCurrencyMismatch.
func (b Band) Overlap(next Band) (float64, error) {
	const fn = "Band.Overlap"
	if err := b.checkNext(fn, next); err != nil {
		return 0, err
	}
	if next.mid < b.mid {
		return 0, &ValueError{Func: fn, Why: "the next band's midpoint " + next.Midpoint().Short() + " is below this band's " + b.Midpoint().Short() + "; call Overlap on the lower band", Err: ErrRange}
	}
	if next.max == next.min {
		return 0, &ValueError{Func: fn, Why: "the next band has no width", Err: ErrRange}
	}
	return (float64(b.max) - float64(next.min)) / float64(next.max-next.min), nil
}

// MidpointProgression returns the step from b's midpoint to the next band's,
// next.midpoint / b.midpoint - 1: 0.125 from $100,000 to $112,500. A negative
// value means next is the lower band. Both bands must be in one currency;
// otherwise, or for the zero Band, it returns a *ValueError.
func (b Band) MidpointProgression(next Band) (float64, error) {
	if err := b.checkNext("Band.MidpointProgression", next); err != nil {
		return 0, err
	}
	return float64(next.mid)/float64(b.mid) - 1, nil
}

// Contains reports whether pay is within the band, min <= pay <= max, in the
// band's currency.
func (b Band) Contains(pay Money) bool {
	return !b.IsZero() && pay.cur == b.cur && pay.minor >= b.min && pay.minor <= b.max
}

// String returns the band as "min - max, midpoint mid" with the figures in
// Money.Short form: "$80,000 - $120,000, midpoint $100,000". ParseBand reads
// it back. The zero Band returns "".
func (b Band) String() string {
	if b.IsZero() {
		return ""
	}
	var buf [96]byte
	return string(b.appendTo(buf[:0]))
}

func (b Band) appendTo(buf []byte) []byte {
	buf = b.Min().appendShort(buf)
	buf = append(buf, " - "...)
	buf = b.Max().appendShort(buf)
	buf = append(buf, ", midpoint "...)
	return b.Midpoint().appendShort(buf)
}

// ParseBand reads a band in the form String writes, "min - max, midpoint
// mid", where each figure is written as in Parse ("$80k - $120k, midpoint
// $100k" is read too) and a currency written on any figure applies to all.
// A multiplier written on the maximum only applies to the minimum by Parse's
// rule ("$80-120k, midpoint $100k" is $80,000 to $120,000; "$800-120k" is
// refused); the midpoint is a figure of its own. Errors are *ParseError
// values; figures that do not make a band (min above max, a midpoint outside
// them, a minimum of zero) unwrap to ErrRange.
func ParseBand(s string) (Band, error) {
	p := parser{in: s, fn: "ParseBand"}
	var fs [3]figure
	var err error
	if fs[0], err = p.figure(false); err != nil {
		return Band{}, err
	}
	p.skipSpace()
	if !p.separator() {
		return Band{}, p.fail(p.i, "\" - \" and the maximum", ErrSyntax)
	}
	if fs[1], err = p.figure(false); err != nil {
		return Band{}, err
	}
	p.skipSpace()
	if p.peek() != ',' {
		return Band{}, p.fail(p.i, "\", midpoint\" and the midpoint", ErrSyntax)
	}
	p.i++
	p.skipSpace()
	if w := p.word(); !eqFold(w, "midpoint") {
		return Band{}, p.fail(p.i, "\"midpoint\"", ErrSyntax)
	}
	p.i += len("midpoint")
	if fs[2], err = p.figure(false); err != nil {
		return Band{}, err
	}
	p.skipSpace()
	if p.i < len(p.in) {
		return Band{}, p.fail(p.i, "the end of the band", ErrSyntax)
	}
	var cur Currency
	var have bool
	for _, f := range fs {
		if f.plus {
			return Band{}, p.failWhy(f.plusPos, "a band has no open end", ErrSyntax)
		}
		if !f.hasCur {
			continue
		}
		if have && f.cur != cur {
			return Band{}, p.failWhy(f.curPos, "the figures are in "+cur.String()+" and "+f.cur.String()+": a band is in one currency", ErrCurrencyMismatch)
		}
		cur, have = f.cur, true
	}
	if !have {
		return Band{}, p.fail(fs[0].num.pos, noCurrency, ErrUnknownCurrency)
	}
	lo, hi, err := p.pair(fs[0], fs[1], cur, "minimum", "maximum")
	if err != nil {
		return Band{}, err
	}
	mid, err := p.money(fs[2], cur)
	if err != nil {
		return Band{}, err
	}
	b, err := NewBand(lo, mid, hi)
	if err != nil {
		why := "expected a midpoint from the minimum to the maximum, got " + mid.Short() + " outside " + lo.Short() + " - " + hi.Short()
		at := fs[2].num.pos
		if lo.minor <= 0 {
			why, at = "expected a minimum above zero", fs[0].num.pos
		}
		return Band{}, p.failWhy(at, why, ErrRange)
	}
	return b, nil
}

// MustParseBand is like ParseBand but panics on bad input.
func MustParseBand(s string) Band {
	b, err := ParseBand(s)
	if err != nil {
		panic(err)
	}
	return b
}

// MarshalText implements encoding.TextMarshaler with the String form; the
// zero Band marshals to empty text.
func (b Band) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseBand; empty
// text gives the zero Band. On error b is unchanged.
func (b *Band) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*b = Band{}
		return nil
	}
	v, err := ParseBand(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}
