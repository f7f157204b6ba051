package salary

import (
	"strconv"
	"strings"
)

// Money is an exact amount of one currency, held as an integer count of the
// currency's minor units (cents for USD, yen for JPY, fils for BHD). It never
// uses floating point.
//
// The zero value has no currency and is zero; IsZero reports it. Money is
// comparable: two values are == when currency and minor units are equal.
type Money struct {
	minor int64
	cur   Currency
}

// FromMinorUnits returns n minor units of currency c: FromMinorUnits(15000000, usd)
// is $150,000.00.
func FromMinorUnits(n int64, c Currency) Money { return Money{minor: n, cur: c} }

// MinorUnits returns the amount in the currency's minor units.
func (m Money) MinorUnits() int64 { return m.minor }

// Currency returns the money's currency.
func (m Money) Currency() Currency { return m.cur }

// IsZero reports whether m is the zero Money (no currency, no amount).
func (m Money) IsZero() bool { return m == Money{} }

// String formats m with its currency code first and every minor digit:
// "USD 150,000.00", "JPY 5,000,000", "BHD 1,234.500". The form is one
// documented format, chosen because it is unambiguous in every locale.
// The zero Money formats as "0".
func (m Money) String() string {
	if m.IsZero() {
		return "0"
	}
	return m.cur.String() + " " + m.format()
}

// format writes the number with thousands separators and the currency's
// decimal places.
func (m Money) format() string {
	n := m.minor
	neg := n < 0
	var u uint64
	if neg {
		u = uint64(-(n + 1)) + 1
	} else {
		u = uint64(n)
	}
	digits := strconv.FormatUint(u, 10)
	d := m.cur.Digits()
	for len(digits) <= d {
		digits = "0" + digits
	}
	whole, frac := digits[:len(digits)-d], digits[len(digits)-d:]
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if d > 0 {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
