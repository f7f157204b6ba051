package salary

import (
	"errors"
	"strings"

	"golang.org/x/text/currency"
)

// ErrUnknownCurrency is returned, wrapped in a *CurrencyError, when a code is
// not an ISO 4217 currency.
var ErrUnknownCurrency = errors.New("not an ISO 4217 currency code")

// CurrencyError records a currency code that could not be parsed.
type CurrencyError struct {
	Code string // the offending input
	Err  error  // ErrUnknownCurrency
}

// Error describes the problem in one line, quoting the offending input (cut
// to about 80 bytes): `"DOE" is not an ISO 4217 currency code (expected
// three letters such as USD, EUR or GBP)`, or for an empty code "no
// currency is given (…)".
func (e *CurrencyError) Error() string {
	const want = " (expected three letters such as USD, EUR or GBP)"
	if e.Code == "" {
		return "no currency is given" + want
	}
	return quote(e.Code) + " is not an ISO 4217 currency code" + want
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *CurrencyError) Unwrap() error { return e.Err }

// Currency is an ISO 4217 currency. The zero value means "no currency" and is
// what an unset field holds; it is not a valid currency for Money.
//
// Currency is comparable and safe to use as a map key.
type Currency struct {
	unit currency.Unit
	ok   bool
}

// ParseCurrency parses a three-letter ISO 4217 code such as "USD".
// Lower case is accepted. Codes x/text does not know (including retired
// codes and "XXX"-style placeholders other than the ones it lists) are errors.
func ParseCurrency(code string) (Currency, error) {
	s := strings.TrimSpace(code)
	if len(s) != 3 {
		return Currency{}, &CurrencyError{Code: code, Err: ErrUnknownCurrency}
	}
	u, err := currency.ParseISO(s)
	if err != nil {
		return Currency{}, &CurrencyError{Code: code, Err: ErrUnknownCurrency}
	}
	return Currency{unit: u, ok: true}, nil
}

// MustParseCurrency is like ParseCurrency but panics on a bad code. It is
// meant for constants in programs and tests.
func MustParseCurrency(code string) Currency {
	c, err := ParseCurrency(code)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero Currency.
func (c Currency) IsZero() bool { return !c.ok }

// String returns the ISO 4217 code, or "" for the zero Currency.
func (c Currency) String() string {
	if !c.ok {
		return ""
	}
	return c.unit.String()
}

// Digits returns the number of decimal places of the currency's minor unit
// in standard (non-cash) use: 2 for USD, 0 for JPY, 3 for BHD.
func (c Currency) Digits() int {
	if !c.ok {
		return 0
	}
	scale, _ := currency.Standard.Rounding(c.unit)
	return scale
}

// Symbol returns the narrow symbol used in English, such as "$" for USD or
// "£" for GBP; for currencies without one it returns the code.
func (c Currency) Symbol() string {
	if !c.ok {
		return ""
	}
	switch c.unit.String() {
	case "USD":
		return "$"
	case "GBP":
		return "£"
	case "EUR":
		return "€"
	case "JPY":
		return "¥"
	}
	return c.unit.String()
}

// MarshalText implements encoding.TextMarshaler. The zero Currency marshals
// to an empty text.
func (c Currency) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. An empty text gives the
// zero Currency.
func (c *Currency) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Currency{}
		return nil
	}
	v, err := ParseCurrency(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Currencies the parser and Short name by symbol, looked up once.
var (
	usd = mustCurrency("USD")
	gbp = mustCurrency("GBP")
	eur = mustCurrency("EUR")
)

func mustCurrency(code string) Currency {
	u := currency.MustParseISO(code)
	return Currency{unit: u, ok: true}
}

// lookupCode returns the currency for an upper-case three-letter code.
func lookupCode(code string) (Currency, error) {
	switch code {
	case "USD":
		return usd, nil
	case "EUR":
		return eur, nil
	case "GBP":
		return gbp, nil
	}
	u, err := currency.ParseISO(code)
	if err != nil {
		return Currency{}, err
	}
	return Currency{unit: u, ok: true}, nil
}
