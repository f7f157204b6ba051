package salary

import (
	"math"
	"math/bits"
	"strconv"
)

// Money is an exact amount of one currency, held as an integer count of the
// currency's minor units (cents for USD, yen for JPY, fils for BHD). It never
// uses floating point.
//
// The zero value has no currency and is zero; IsZero reports it. Money is
// comparable: two values are == when currency and minor units are equal.
// In arithmetic and comparison the zero Money stands for zero of the other
// operand's currency, so a running total may start from it.
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
// FromMinorUnits(0, usd) is not the zero Money: it is zero dollars.
func (m Money) IsZero() bool { return m == Money{} }

// Sign returns -1, 0 or +1 as m is negative, zero or positive.
func (m Money) Sign() int {
	switch {
	case m.minor < 0:
		return -1
	case m.minor > 0:
		return 1
	}
	return 0
}

// currencyOf returns the currency two operands share, treating the zero Money
// as zero of any currency.
func currencyOf(op string, m, n Money) (Currency, error) {
	switch {
	case m.cur == n.cur:
		return m.cur, nil
	case m.IsZero():
		return n.cur, nil
	case n.IsZero():
		return m.cur, nil
	}
	return Currency{}, &MoneyError{Op: op, X: m, Y: n, Err: ErrCurrencyMismatch}
}

// Add returns m + n. It returns a *MoneyError wrapping ErrCurrencyMismatch
// if the currencies differ and ErrOverflow if the sum does not fit in an
// int64 count of minor units. The zero Money adds as zero.
func (m Money) Add(n Money) (Money, error) {
	c, err := currencyOf("add", m, n)
	if err != nil {
		return Money{}, err
	}
	r := int64(uint64(m.minor) + uint64(n.minor))
	// Signed overflow: both operands have the same sign and the result's differs.
	if (m.minor >= 0) == (n.minor >= 0) && (r >= 0) != (m.minor >= 0) {
		return Money{}, &MoneyError{Op: "add", X: m, Y: n, Err: ErrOverflow}
	}
	return Money{minor: r, cur: c}, nil
}

// Sub returns m - n, with the same errors as Add.
func (m Money) Sub(n Money) (Money, error) {
	c, err := currencyOf("sub", m, n)
	if err != nil {
		return Money{}, err
	}
	r := int64(uint64(m.minor) - uint64(n.minor))
	// Signed overflow: the operands have different signs and the result's
	// sign differs from m's.
	if (m.minor >= 0) != (n.minor >= 0) && (r >= 0) != (m.minor >= 0) {
		return Money{}, &MoneyError{Op: "sub", X: m, Y: n, Err: ErrOverflow}
	}
	return Money{minor: r, cur: c}, nil
}

// Neg returns -m. It returns a *MoneyError wrapping ErrOverflow for the most
// negative amount, whose negation does not fit in an int64.
func (m Money) Neg() (Money, error) {
	if m.minor == math.MinInt64 {
		return Money{}, &MoneyError{Op: "neg", X: m, Err: ErrOverflow}
	}
	return Money{minor: -m.minor, cur: m.cur}, nil
}

// MulInt returns m × k, exactly. It returns a *MoneyError wrapping
// ErrOverflow if the product does not fit in an int64 count of minor units.
func (m Money) MulInt(k int64) (Money, error) {
	neg := (m.minor < 0) != (k < 0)
	hi, lo := bits.Mul64(absU(m.minor), absU(k))
	r, ok := signed(hi, lo, neg)
	if !ok {
		return Money{}, &MoneyError{Op: "mul", X: m, Err: ErrOverflow}
	}
	return Money{minor: r, cur: m.cur}, nil
}

// Compare returns -1, 0 or +1 as m is less than, equal to or greater than n.
// It returns a *MoneyError wrapping ErrCurrencyMismatch if the currencies
// differ: dollars and euros are not ordered without an exchange rate. The
// zero Money compares as zero.
func (m Money) Compare(n Money) (int, error) {
	if _, err := currencyOf("compare", m, n); err != nil {
		return 0, err
	}
	return cmpInt(m.minor, n.minor), nil
}

// Cmp is Compare.
//
// Deprecated: use Compare, the name Amount and the standard library (cmp,
// time.Time, netip.Addr) use for the same thing.
func (m Money) Cmp(n Money) (int, error) { return m.Compare(n) }

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// absU returns |x| as a uint64, which holds |math.MinInt64|.
func absU(x int64) uint64 {
	if x < 0 {
		return uint64(-(x + 1)) + 1
	}
	return uint64(x)
}

// signed returns the 128-bit magnitude hi:lo with the given sign as an int64,
// or false if it does not fit.
func signed(hi, lo uint64, neg bool) (int64, bool) {
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return int64(-lo), true //nolint:gosec // -(1<<63) wraps to MinInt64, as intended
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

// mulDivRound returns x × num / den rounded to the nearest integer, halves
// away from zero, computed exactly with a 128-bit intermediate. It reports
// false if the result does not fit in an int64. den must not be zero.
func mulDivRound(x int64, num, den uint64) (int64, bool) {
	hi, lo := bits.Mul64(absU(x), num)
	if hi >= den {
		return 0, false // the quotient needs more than 64 bits
	}
	q, rem := bits.Div64(hi, lo, den)
	// Round half away from zero: up in magnitude when rem/den >= 1/2.
	if rem >= den-rem {
		q++
		if q == 0 {
			return 0, false
		}
	}
	return signed(0, q, x < 0)
}

// Amount returns m as a decimal Amount in major units, the form a catalog
// file states. It returns an *AmountError wrapping ErrRange for negative
// money or money too large for an Amount, and a *CurrencyError for money with
// no currency (other than the zero Money, which gives the zero Amount).
func (m Money) Amount() (Amount, error) {
	if m.IsZero() {
		return Amount{}, nil
	}
	if m.cur.IsZero() {
		return Amount{}, &CurrencyError{Code: "", Err: ErrUnknownCurrency}
	}
	if m.minor < 0 {
		return Amount{}, &AmountError{Input: m.String(), Err: ErrRange, Why: "a pay figure cannot be negative"}
	}
	mul := int64(1)
	for i := m.cur.Digits(); i < amountScale; i++ {
		mul *= 10
	}
	if m.minor > math.MaxInt64/mul {
		return Amount{}, &AmountError{Input: m.String(), Err: ErrRange, Why: "out of range (the largest figure supported is 922,337,203,685,477.5807)"}
	}
	return Amount{v: m.minor * mul}, nil
}

// String formats m with its currency code first and every minor digit:
// "USD 150,000.00", "JPY 5,000,000", "BHD 1,234.500". The form is one
// documented format, chosen because it is unambiguous in every locale.
// The zero Money formats as "0". ParseMoney reads every form String writes.
func (m Money) String() string {
	if m.IsZero() {
		return "0"
	}
	var buf [48]byte
	b := append(buf[:0], m.cur.String()...)
	b = append(b, ' ')
	b = m.appendNumber(b, false)
	return string(b)
}

// Short formats m as people write pay: with the symbol for US dollars ($),
// pounds sterling (£) and euros (€), otherwise with the ISO code and a space,
// with thousands separators, and with the minor digits only when they are not
// all zero: "$150,000", "$68.50", "€70,000", "JPY 5,000,000",
// "BHD 1,234.500". A negative amount is written "-$5" or "BHD -1.500". The
// zero Money formats as "0". ParseMoney and Parse read every form Short
// writes.
func (m Money) Short() string {
	if m.IsZero() {
		return "0"
	}
	var buf [48]byte
	return string(m.appendShort(buf[:0]))
}

func (m Money) appendShort(b []byte) []byte {
	if sym := shortSymbol(m.cur); sym != "" {
		if m.minor < 0 {
			b = append(b, '-')
		}
		b = append(b, sym...)
		return m.appendMagnitude(b, true)
	}
	b = append(b, m.cur.String()...)
	b = append(b, ' ')
	return m.appendNumber(b, true)
}

// shortSymbol returns the symbol Short writes for c, or "" to write the code.
// Only symbols that Parse reads unambiguously are used.
func shortSymbol(c Currency) string {
	switch c {
	case usd:
		return "$"
	case gbp:
		return "£"
	case eur:
		return "€"
	}
	return ""
}

// appendNumber appends the signed number with thousands separators and the
// currency's decimal places (omitted when all zero, if trim is set).
func (m Money) appendNumber(b []byte, trim bool) []byte {
	if m.minor < 0 {
		b = append(b, '-')
	}
	return m.appendMagnitude(b, trim)
}

// appendMagnitude appends |m| with thousands separators and the currency's
// decimal places (omitted when all zero, if trim is set).
func (m Money) appendMagnitude(b []byte, trim bool) []byte {
	var dbuf [24]byte
	digits := strconv.AppendUint(dbuf[:0], absU(m.minor), 10)
	d := m.cur.Digits()
	var pad [24]byte
	if len(digits) <= d {
		p := append(pad[:0], "0000000000000000000000"[:d+1-len(digits)]...)
		digits = append(p, digits...)
	}
	whole, frac := digits[:len(digits)-d], digits[len(digits)-d:]
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, r)
	}
	if d > 0 && (!trim || !allZero(frac)) {
		b = append(b, '.')
		b = append(b, frac...)
	}
	return b
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != '0' {
			return false
		}
	}
	return true
}

// MarshalText implements encoding.TextMarshaler with the String form. Money
// with a non-zero amount and no currency cannot be marshalled.
func (m Money) MarshalText() ([]byte, error) {
	if m.cur.IsZero() && m.minor != 0 {
		return nil, &CurrencyError{Code: "", Err: ErrUnknownCurrency}
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseMoney. Empty
// text gives the zero Money. On error m is unchanged.
func (m *Money) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = Money{}
		return nil
	}
	v, err := ParseMoney(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}
