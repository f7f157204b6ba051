package salary

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ErrSyntax is returned, wrapped in an *AmountError or *ParseError, when
// text is not a figure this package reads (malformed or ambiguous).
var ErrSyntax = errors.New("invalid syntax")

// ErrRange is returned, wrapped in an *AmountError, *ParseError or
// *ValueError, when a figure is too large, negative where that is not
// allowed, more precise than supported, or outside what is asked of it.
var ErrRange = errors.New("value out of range")

// AmountError records a figure that could not be parsed, in the manner of
// strconv.NumError.
type AmountError struct {
	Input string // the offending text
	Err   error  // ErrSyntax or ErrRange
	Why   string // what was expected
}

// Error describes the problem in one line, quoting the offending input (cut
// to about 80 bytes): `amount "-5": a pay figure cannot be negative`.
func (e *AmountError) Error() string {
	why := e.Why
	if why == "" {
		why = errText(e.Err)
	}
	return "amount " + quote(e.Input) + ": " + why
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *AmountError) Unwrap() error { return e.Err }

// amountScale is the number of decimal places an Amount keeps. Four covers
// every ISO 4217 minor unit (the largest is 4, for CLF and UYW).
const amountScale = 4

const amountUnit = 10_000 // 10^amountScale

// MaxAmount is the largest figure an Amount holds, in major units
// (922,337,203,685,477.5807).
const MaxAmount = math.MaxInt64 / amountUnit

// Amount is an exact, non-negative decimal figure in major currency units
// (dollars, not cents), as a catalog file writes it: 150000, 68.50.
// It carries no currency; pair it with one to get Money.
//
// The zero value is 0 and means "not given" in the catalog's salary entries.
// Amounts are comparable; use Compare for ordering.
type Amount struct {
	v int64 // in 1/10,000 of a major unit
}

// ParseAmount parses a plain decimal such as "150000", "142500.00" or
// "68.5". Signs, exponents, thousands separators and more than four decimals
// are errors: a catalog states a figure, it does not compute one.
func ParseAmount(s string) (Amount, error) {
	if s == "" {
		return Amount{}, &AmountError{Input: s, Err: ErrSyntax, Why: "expected a number such as 150000 or 68.50"}
	}
	if s[0] == '-' {
		return Amount{}, &AmountError{Input: s, Err: ErrRange, Why: "a pay figure cannot be negative"}
	}
	intPart, frac, hasDot := strings.Cut(s, ".")
	if intPart == "" || (hasDot && frac == "") || !allDigits(intPart) || !allDigits(frac) {
		return Amount{}, &AmountError{Input: s, Err: ErrSyntax, Why: "expected digits with an optional decimal point, such as 150000 or 68.50, without sign, separators or exponent"}
	}
	if len(frac) > amountScale {
		return Amount{}, &AmountError{Input: s, Err: ErrRange, Why: "at most 4 decimal places are supported"}
	}
	n, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil || n > MaxAmount {
		return Amount{}, &AmountError{Input: s, Err: ErrRange, Why: "out of range (the largest figure supported is 922,337,203,685,477.5807)"}
	}
	v := n * amountUnit
	if frac != "" {
		f, _ := strconv.ParseInt(frac+strings.Repeat("0", amountScale-len(frac)), 10, 64)
		if v > math.MaxInt64-f {
			return Amount{}, &AmountError{Input: s, Err: ErrRange, Why: "out of range (the largest figure supported is 922,337,203,685,477.5807)"}
		}
		v += f
	}
	return Amount{v: v}, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// MustParseAmount is like ParseAmount but panics on bad input. It is meant
// for constants in programs and tests.
func MustParseAmount(s string) Amount {
	a, err := ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

// AmountOf returns the whole number of major units n as an Amount. It
// returns an *AmountError for negative n or n above MaxAmount.
func AmountOf(n int64) (Amount, error) {
	if n < 0 || n > MaxAmount {
		return Amount{}, &AmountError{Input: strconv.FormatInt(n, 10), Err: ErrRange, Why: "expected a whole number from 0 to 922,337,203,685,477"}
	}
	return Amount{v: n * amountUnit}, nil
}

// IsZero reports whether a is zero.
func (a Amount) IsZero() bool { return a.v == 0 }

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than
// b, in the manner of cmp.Compare (so it suits slices.SortFunc). Money has a
// Compare method of the same name.
func (a Amount) Compare(b Amount) int {
	switch {
	case a.v < b.v:
		return -1
	case a.v > b.v:
		return 1
	}
	return 0
}

// Cmp is Compare.
//
// Deprecated: use Compare, the name Money and the standard library (cmp,
// time.Time, netip.Addr) use for the same thing.
func (a Amount) Cmp(b Amount) int { return a.Compare(b) }

// String formats a with no separators and with as few decimals as needed:
// "150000", "68.5".
func (a Amount) String() string {
	whole := a.v / amountUnit
	frac := a.v % amountUnit
	if frac == 0 {
		return strconv.FormatInt(whole, 10)
	}
	f := fmt.Sprintf("%04d", frac)
	return strconv.FormatInt(whole, 10) + "." + strings.TrimRight(f, "0")
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (a Amount) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseAmount.
func (a *Amount) UnmarshalText(b []byte) error {
	v, err := ParseAmount(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// MarshalJSON writes the amount as a bare JSON number, so that catalogs
// written by this package read naturally.
func (a Amount) MarshalJSON() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalJSON accepts a JSON number (or a string holding one).
func (a *Amount) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		return nil // the encoding/json convention: null leaves the value alone
	}
	if uq, err := strconv.Unquote(s); err == nil {
		s = uq
	}
	return a.UnmarshalText([]byte(s))
}

// In returns the amount as Money in currency c. It fails if c is the zero
// Currency or if a has more decimals than c's minor unit (0.5 JPY, 1.005 USD).
func (a Amount) In(c Currency) (Money, error) {
	if c.IsZero() {
		return Money{}, &CurrencyError{Code: "", Err: ErrUnknownCurrency}
	}
	d := c.Digits()
	div := int64(1)
	for i := d; i < amountScale; i++ {
		div *= 10
	}
	if a.v%div != 0 {
		return Money{}, &AmountError{Input: a.String(), Err: ErrRange, Why: "more decimal places than " + c.String() + " has (" + strconv.Itoa(d) + ")"}
	}
	return Money{minor: a.v / div, cur: c}, nil
}
